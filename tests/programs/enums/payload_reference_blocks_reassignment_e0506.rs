// A reference into an enum's payload borrows the enum: giving the enum a new value while the reference is still used is E0506.
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

fn main() {
    let mut s = Slot::Full(String::from("apple"));
    let p = s.peek();
    s = Slot::Empty;
    println!("{}", p);
    if let Slot::Empty = s {
        println!("empty");
    }
}
// error: E0506 at 19:5
