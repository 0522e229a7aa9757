// std compares a VecDeque with a Vec too; the engine does not yet, and says so rather than calling the program wrong.
use std::collections::VecDeque;

fn main() {
    let mut d = VecDeque::new();
    d.push_back(1);
    println!("{}", d == vec![1]);
}
// expect: true
// unsupported: comparing a `VecDeque` with a `Vec<
