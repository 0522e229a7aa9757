// A reference into an enum's payload, still used, blocks assigning a new value to the enum: E0506.
#[derive(Debug)]
enum Slot {
    Full(String),
    Empty,
}

fn main() {
    let mut s = Slot::Full(String::from("apple"));
    let inner = match &s {
        Slot::Full(name) => name,
        Slot::Empty => panic!("empty"),
    };
    s = Slot::Empty;
    println!("{} {:?}", inner, s);
}
// error: E0506 at 14:5
