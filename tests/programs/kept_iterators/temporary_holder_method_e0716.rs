// A learner's `&mut self` method whose result borrows `self` keeps its temporary receiver borrowed: using the result after the statement is E0716.
struct Holder {
    s: String,
}

impl Holder {
    fn get(&mut self) -> &str {
        &self.s
    }
}

fn main() {
    let g = Holder { s: String::from("x") }.get();
    println!("{}", g);
}
// error: E0716 at 13:13
