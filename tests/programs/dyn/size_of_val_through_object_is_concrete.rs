// `size_of_val` of a trait object reads the concrete type's size from its vtable.
use std::mem::size_of_val;

trait Thing {
    fn id(&self) -> u8;
}

struct Small(u8);
struct Big([u64; 4]);

impl Thing for Small {
    fn id(&self) -> u8 {
        self.0
    }
}

impl Thing for Big {
    fn id(&self) -> u8 {
        self.0.len() as u8
    }
}

fn main() {
    let a: Box<dyn Thing> = Box::new(Small(1));
    let b: &dyn Thing = &Big([0; 4]);
    println!("{} {}", size_of_val(&*a), a.id());
    println!("{} {}", size_of_val(b), b.id());
}
// expect: 1 1
// expect: 32 4
