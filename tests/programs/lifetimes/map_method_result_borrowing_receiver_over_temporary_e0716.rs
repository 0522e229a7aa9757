// A closure calling a method whose result borrows its receiver (`fn label(&self) -> &str`) makes items borrowing the temporary Vec walked: keeping them past the statement is E0716.
struct Card {
    label: String,
}

impl Card {
    fn label(&self) -> &str {
        &self.label
    }
}

fn main() {
    let labels = vec![Card { label: String::from("ace") }].iter().map(|c| c.label()).collect::<Vec<_>>();
    println!("{:?}", labels);
}
// error: E0716 at 13:18
