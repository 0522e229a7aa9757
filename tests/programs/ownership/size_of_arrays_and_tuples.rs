// An array is N times its element; a tuple's fields are padded to the largest alignment.
use std::mem::size_of;

fn main() {
    println!("[i32; 4] {}", size_of::<[i32; 4]>());
    println!("[u8; 3] {}", size_of::<[u8; 3]>());
    println!("(u8, u32) {}", size_of::<(u8, u32)>());
    println!("(u8, u8) {}", size_of::<(u8, u8)>());
    println!("(u64, u8) {}", size_of::<(u64, u8)>());
    println!("() {}", size_of::<()>());
}
// expect: [i32; 4] 16
// expect: [u8; 3] 3
// expect: (u8, u32) 8
// expect: (u8, u8) 2
// expect: (u64, u8) 16
// expect: () 0
