// A variant fits beside a String or Vec when it fits in the 16 bytes after the capacity word; one byte more and the enum needs a tag word.
use std::mem::{align_of, size_of};

#[allow(dead_code)]
enum Fits {
    Text(String),
    Numbers(u32, u32, u32, u32),
}

#[allow(dead_code)]
enum TooBig {
    Text(String),
    Numbers(u64, u64, u64),
}

#[allow(dead_code)]
enum Pair {
    Bytes(Vec<u8>),
    Tagged(u8, u64),
    Flag(bool),
    Empty,
}

#[allow(dead_code)]
enum TwoStrings {
    First(String),
    Second(String),
}

#[allow(dead_code)]
enum Wide {
    Items(Vec<i32>),
    Big([u8; 17]),
}

fn main() {
    println!("Fits {} {}", size_of::<Fits>(), align_of::<Fits>());
    println!("TooBig {} {}", size_of::<TooBig>(), align_of::<TooBig>());
    println!("Pair {} {}", size_of::<Pair>(), align_of::<Pair>());
    println!("TwoStrings {} {}", size_of::<TwoStrings>(), align_of::<TwoStrings>());
    println!("Wide {} {}", size_of::<Wide>(), align_of::<Wide>());
    println!("Option<Pair> {}", size_of::<Option<Pair>>());
    println!("Option<TooBig> {}", size_of::<Option<TooBig>>());
}
// expect: Fits 24 8
// expect: TooBig 32 8
// expect: Pair 24 8
// expect: TwoStrings 32 8
// expect: Wide 32 8
// expect: Option<Pair> 24
// expect: Option<TooBig> 32
