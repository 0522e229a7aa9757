// Variant patterns named through a type alias of Option, and an integer alias's MAX as a pattern.
type MaybeInt = Option<i32>;
type Byte = u8;

fn show(m: MaybeInt) -> String {
    match m {
        MaybeInt::Some(n) => format!("got {}", n),
        MaybeInt::None => String::from("none"),
    }
}

fn main() {
    println!("{} {}", show(Some(4)), show(None));
    let b: Byte = 255;
    match b {
        Byte::MAX => println!("max"),
        _ => println!("other"),
    }
}
// expect: got 4 none
// expect: max
