// An array is not Display: passing it where Debug + Display is asked is E0277.
use std::fmt::{Debug, Display};

fn compare_prints<T: Debug + Display>(t: &T) {
    println!("Debug: `{:?}`", t);
    println!("Display: `{}`", t);
}

fn main() {
    let array = [1, 2, 3];
    compare_prints(&array);
}
// error: E0277 at 11:20
// headline: differs: rustc names the array before its integers are fixed (`[{integer}; 3]`), the engine after (`[i32; 3]`)
