// A RefCell is an isize borrow flag then the value, so it is 8 bytes bigger than what it holds (padded), and a Ref is two pointers.
use std::cell::{Ref, RefCell, RefMut};
use std::mem::size_of;

fn main() {
    println!("{}", size_of::<RefCell<u8>>());
    println!("{}", size_of::<RefCell<u64>>());
    println!("{}", size_of::<RefCell<String>>());
    println!("{}", size_of::<Option<RefCell<u8>>>());
    println!("{} {}", size_of::<Ref<u8>>(), size_of::<RefMut<String>>());
}
// expect: 16
// expect: 16
// expect: 32
// expect: 24
// expect: 16 16
