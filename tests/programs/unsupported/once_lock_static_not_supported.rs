// A static `OnceLock` is "not supported yet" at the use.
use std::sync::OnceLock;
static V: OnceLock<i32> = OnceLock::new();
fn main() { println!("{}", V.get_or_init(|| 3)); }
// expect: 3
// unsupported: `std::sync::OnceLock` at 2:5
