// A tuple struct deriving PartialEq needs each field PartialEq: an Option of a plain struct is E0369 at that field.
struct Inner(i32);
#[derive(PartialEq)]
struct Pair(i32, Option<Inner>);
fn main() {
    let p = Pair(1, None);
    println!("{}", p.0);
}
// error: E0369 at 4:18
