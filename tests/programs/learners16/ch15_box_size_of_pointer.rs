// size_of a Box, an Rc, an Option<Box> and a &str versus their targets.
use std::mem::size_of;
use std::rc::Rc;

fn main() {
    println!("{} {} {}", size_of::<Box<[u8; 100]>>(), size_of::<[u8; 100]>(), size_of::<Option<Box<u64>>>());
    println!("{} {} {}", size_of::<Rc<String>>(), size_of::<&str>(), size_of::<String>());
}
// expect: 8 100 8
// expect: 8 16 24
