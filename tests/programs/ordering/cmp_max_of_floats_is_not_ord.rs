// std::cmp::max needs T: Ord, which floats lack: E0277 at the function's path.
use std::cmp::max;

fn main() {
    let width = 2.5;
    println!("{}", max(width, 1.0));
}
// error: E0277 at 6:20
