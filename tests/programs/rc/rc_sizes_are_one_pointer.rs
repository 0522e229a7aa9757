// An Rc and a Weak are one pointer each, and Option<Rc<T>> uses the null pointer for None.
use std::mem::size_of;
use std::rc::{Rc, Weak};

fn main() {
    println!("{}", size_of::<Rc<u8>>());
    println!("{}", size_of::<Rc<[u64; 4]>>());
    println!("{}", size_of::<Weak<String>>());
    println!("{}", size_of::<Option<Rc<String>>>());
}
// expect: 8
// expect: 8
// expect: 8
// expect: 8
