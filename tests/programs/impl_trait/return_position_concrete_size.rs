// A function returning `impl Display` returns its concrete type: size_of_val shows that type's size, and `{}` formats it.
use std::fmt::Display;
use std::mem::size_of_val;

fn label() -> impl Display {
    String::from("ok")
}

fn number() -> impl Display {
    7u8
}

fn main() {
    let l = label();
    let n = number();
    println!("{} {}", l, n);
    println!("{} {}", size_of_val(&l), size_of_val(&n));
}
// expect: ok 7
// expect: 24 1
