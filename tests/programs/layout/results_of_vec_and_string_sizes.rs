// Result<Vec<u8>, String> needs a tag (both sides are 24 bytes); with a small or empty side the capacity's niche holds the tag.
use std::mem::{align_of, size_of};

fn main() {
    println!("{} {}", size_of::<Result<Vec<u8>, String>>(), align_of::<Result<Vec<u8>, String>>());
    println!("{}", size_of::<Result<String, ()>>());
    println!("{}", size_of::<Result<(), String>>());
    println!("{}", size_of::<Result<String, u32>>());
    println!("{}", size_of::<Result<u64, String>>());
    println!("{}", size_of::<Result<String, [u64; 2]>>());
    println!("{}", size_of::<Result<String, [u64; 3]>>());
    println!("{}", size_of::<Result<Vec<i32>, bool>>());
    println!("{}", size_of::<Option<Result<String, u32>>>());
}
// expect: 32 8
// expect: 24
// expect: 24
// expect: 24
// expect: 24
// expect: 24
// expect: 32
// expect: 24
// expect: 24
