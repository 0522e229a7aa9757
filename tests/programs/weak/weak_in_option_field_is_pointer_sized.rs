// A struct field of Weak is one pointer, and so is an Option of it.
use std::mem::size_of;
use std::rc::Weak;

struct Child {
    parent: Option<Weak<u32>>,
    id: u32,
}

fn main() {
    let c = Child { parent: None, id: 9 };
    println!("{} {}", size_of::<Child>(), c.id);
    println!("{}", c.parent.is_none());
}
// expect: 16 9
// expect: true
