// Option of a pointer type or String uses a niche and is no bigger; Option<i32> and Option<u8> need a tag.
use std::mem::size_of;

fn main() {
    println!("Option<Box<i32>> {}", size_of::<Option<Box<i32>>>());
    println!("Option<&i32> {}", size_of::<Option<&i32>>());
    println!("Option<String> {}", size_of::<Option<String>>());
    println!("Option<i32> {}", size_of::<Option<i32>>());
    println!("Option<u8> {}", size_of::<Option<u8>>());
    println!("Option<bool> {}", size_of::<Option<bool>>());
    println!("Option<u64> {}", size_of::<Option<u64>>());
}
// expect: Option<Box<i32>> 8
// expect: Option<&i32> 8
// expect: Option<String> 24
// expect: Option<i32> 8
// expect: Option<u8> 2
// expect: Option<bool> 1
// expect: Option<u64> 16
