// A `match` on an integer without a `_` arm does not cover every value: E0004.
fn main() {
    let n = 3;
    match n {
        0 => println!("zero"),
        1 => println!("one"),
    }
}
// error: E0004 at 4:11
