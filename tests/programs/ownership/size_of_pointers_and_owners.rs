// References are 8 bytes, `&str` is a fat 16-byte pointer, String and Vec are 24 bytes, Box is 8.
use std::mem::size_of;

fn main() {
    println!("&i32 {}", size_of::<&i32>());
    println!("&str {}", size_of::<&str>());
    println!("String {}", size_of::<String>());
    println!("Vec<u8> {}", size_of::<Vec<u8>>());
    println!("Vec<u64> {}", size_of::<Vec<u64>>());
    println!("Box<i32> {}", size_of::<Box<i32>>());
    println!("&[i32] {}", size_of::<&[i32]>());
}
// expect: &i32 8
// expect: &str 16
// expect: String 24
// expect: Vec<u8> 24
// expect: Vec<u64> 24
// expect: Box<i32> 8
// expect: &[i32] 16
