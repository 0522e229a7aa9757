// size_of_val of closures: capturing nothing 0, one &i32 8, two refs 16, a moved String 24, a moved u8 and u64 16, a &mut 8.
use std::mem::{align_of_val, size_of_val};

fn main() {
    let a = 5i32;
    let b = 7u64;
    let s = String::from("hi");
    let small = 3u8;
    let none = || 1;
    let one_ref = || a + 1;
    let two_refs = || a as u64 + b;
    let moved = move || s.len();
    let small_copies = move || small as u64 + b;
    let mut m = 0;
    let mutating = || m += 1;
    println!("{} {}", size_of_val(&none), align_of_val(&none));
    println!("{} {}", size_of_val(&one_ref), align_of_val(&one_ref));
    println!("{}", size_of_val(&two_refs));
    println!("{}", size_of_val(&moved));
    println!("{} {}", size_of_val(&small_copies), align_of_val(&small_copies));
    println!("{}", size_of_val(&mutating));
    let t = move || (small, a);
    println!("{} {}", size_of_val(&t), align_of_val(&t));
}
// expect: 0 1
// expect: 8 8
// expect: 16
// expect: 24
// expect: 16 8
// expect: 8
// expect: 8 4
