// `Box<[T]>` and `Box<str>` are two words (pointer and length); the non-null pointer is a niche, so an Option of one is two words too.
use std::mem::size_of;

fn main() {
    println!("{}", size_of::<Box<[i32]>>());
    println!("{}", size_of::<Box<str>>());
    println!("{}", size_of::<Option<Box<str>>>());
    println!("{}", size_of::<Box<i32>>());
}
// expect: 16
// expect: 16
// expect: 16
// expect: 8
