// A closure is as big as what it captures: a reference per variable borrowed, the value itself per variable moved, laid out as a struct.
use std::mem::size_of_val;

fn main() {
    let a = 3u8;
    let b = 7u64;
    let s = String::from("x");
    let v = vec![1, 2];
    let nothing = || 1;
    let copies_a_byte = move |x: i32| x + a as i32;
    let copies_two = move || b + a as u64;
    let borrows_two = || s.len() + v.len();
    let borrows_copies = || a as u64 + b;
    println!("{}", size_of_val(&nothing));
    println!("{}", size_of_val(&copies_a_byte));
    println!("{}", size_of_val(&copies_two));
    println!("{}", size_of_val(&borrows_two));
    println!("{}", size_of_val(&borrows_copies));
    println!("{} {} {} {} {}", nothing(), copies_a_byte(1), copies_two(), borrows_two(), borrows_copies());
    let t = String::from("y");
    let moves_a_string = move || t.len() + a as usize;
    let w = vec![1u8];
    let moves_a_vec = move || w.len() as u64 + b;
    println!("{}", size_of_val(&moves_a_string));
    println!("{}", size_of_val(&moves_a_vec));
    println!("{} {}", moves_a_string(), moves_a_vec());
}
// expect: 0
// expect: 1
// expect: 16
// expect: 16
// expect: 16
// expect: 1 4 10 3 10
// expect: 32
// expect: 32
// expect: 4 8
