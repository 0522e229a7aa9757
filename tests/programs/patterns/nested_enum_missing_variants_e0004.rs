// Exhaustiveness looks inside nested enums: rustc names both uncovered shapes, `Outer::X(Inner::B(_))` and `Outer::Y(None)` (E0004).
enum Inner {
    A,
    B(bool),
}

enum Outer {
    X(Inner),
    Y(Option<u8>),
}

fn main() {
    let o = Outer::X(Inner::A);
    match o {
        Outer::X(Inner::A) => println!("a"),
        Outer::Y(Some(0..=5)) => println!("small"),
        Outer::Y(Some(_)) => println!("big"),
    }
}
// error: E0004 at 14:11
