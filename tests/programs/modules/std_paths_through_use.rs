// Paths into std work through `use` too: a module (`use std::mem;`) or a function (`use std::mem::swap;`).
use std::mem;
use std::mem::swap;

fn main() {
    let mut a = String::from("left");
    let mut b = String::from("right");
    swap(&mut a, &mut b);
    println!("{} {}", a, b);
    let old = mem::replace(&mut a, String::from("new"));
    println!("{} {} {}", old, a, mem::size_of::<u64>());
}
// expect: right left
// expect: right new 8
