// With `&self`, an elided output lifetime is self's: the result borrows the struct, not the other argument.
struct Shelf {
    label: String,
}

impl Shelf {
    fn label_or<'b>(&self, fallback: &'b str) -> &str {
        if self.label.is_empty() {
            println!("empty, not {}", fallback);
        }
        &self.label
    }
}

fn main() {
    let shelf = Shelf { label: String::from("fiction") };
    let label;
    {
        let fallback = String::from("misc");
        label = shelf.label_or(&fallback);
    }
    println!("{}", label);
}
// expect: fiction
