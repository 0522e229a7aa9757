// A VecDeque is a Vec's buffer pointer and capacity plus the head index and the length: 32 bytes.
use std::collections::VecDeque;
use std::mem::size_of;

fn main() {
    println!("{} {}", size_of::<VecDeque<u8>>(), size_of::<VecDeque<String>>());
    let q: VecDeque<String> = VecDeque::new();
    println!("{} {}", q.len(), q.capacity());
}
// expect: 32 32
// expect: 0 0
