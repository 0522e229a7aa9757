// A tuple of booleans with one combination left out is E0004.
fn main() {
    let a = true;
    let b = false;
    let s = match (a, b) {
        (true, true) => 1,
        (true, false) => 2,
        (false, true) => 3,
    };
    println!("{}", s);
}
// error: E0004 at 5:19
