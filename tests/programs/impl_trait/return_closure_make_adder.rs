// `fn make_adder(k: i32) -> impl Fn(i32) -> i32` returns its move closure as its own type: the caller calls it, and size_of_val shows the captured i32.
use std::mem::size_of_val;

fn make_adder(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x + k
}

fn main() {
    let add5 = make_adder(5);
    println!("{}", add5(1));
    println!("{}", add5(10));
    println!("{}", size_of_val(&add5));
}
// expect: 6
// expect: 15
// expect: 4
