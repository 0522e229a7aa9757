// A match on `a.cmp(&b)` through `use std::cmp::Ordering::*;` missing Greater: E0004 naming `std::cmp::Ordering::Greater` as rustc does.
use std::cmp::Ordering::*;
fn describe(a: i32, b: i32) -> &'static str {
    match a.cmp(&b) {
        Less => "less",
        Equal => "equal",
    }
}
fn main() {
    println!("{}", describe(1, 2));
}
// error: E0004 at 4:11
