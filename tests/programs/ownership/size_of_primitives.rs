// `size_of` gives the bytes a type occupies: 1 for u8 and bool, 4 for i32 and char, 8 for f64.
use std::mem::size_of;

fn main() {
    println!("u8 {}", size_of::<u8>());
    println!("bool {}", size_of::<bool>());
    println!("i32 {}", size_of::<i32>());
    println!("char {}", size_of::<char>());
    println!("f64 {}", size_of::<f64>());
    println!("i128 {}", size_of::<i128>());
    println!("usize {}", size_of::<usize>());
}
// expect: u8 1
// expect: bool 1
// expect: i32 4
// expect: char 4
// expect: f64 8
// expect: i128 16
// expect: usize 8
