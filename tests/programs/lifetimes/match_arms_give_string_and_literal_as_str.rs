// With a `&str` result, a match arm giving a `&String` out of the payload and another giving a literal are each coerced to `&str`, whichever comes first.
enum Slot {
    Full(String),
    Empty,
}

impl Slot {
    fn peek(&self) -> &str {
        match self {
            Slot::Full(s) => s,
            Slot::Empty => "",
        }
    }
}

fn label(s: &String, loud: bool) -> &str {
    if loud { s } else { "quiet" }
}

fn main() {
    let full = Slot::Full(String::from("apple"));
    println!("[{}] [{}]", full.peek(), Slot::Empty.peek());
    let name = String::from("bell");
    println!("{} {}", label(&name, true), label(&name, false));
}
// expect: [apple] []
// expect: bell quiet
