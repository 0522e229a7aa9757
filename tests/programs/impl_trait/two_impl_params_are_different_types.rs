// Two `impl Trait` parameters are two type parameters: they may be given different types.
use std::fmt::Debug;

fn pair(a: impl Debug, b: impl Debug) -> String {
    format!("{:?} and {:?}", a, b)
}

fn main() {
    println!("{}", pair(1, "one"));
    println!("{}", pair(vec![1, 2], 'c'));
}
// expect: 1 and "one"
// expect: [1, 2] and 'c'
