// A reference or Box to a trait object is two words (data and vtable), twice a thin pointer's size; Option of one uses the null niche.
use std::mem::size_of;

trait Shape {
    fn area(&self) -> f64;
}

fn main() {
    println!("{}", size_of::<&dyn Shape>());
    println!("{}", size_of::<&mut dyn Shape>());
    println!("{}", size_of::<Box<dyn Shape>>());
    println!("{}", size_of::<Option<Box<dyn Shape>>>());
    println!("{}", size_of::<Vec<Box<dyn Shape>>>());
    println!("{}", size_of::<&u8>());
}
// expect: 16
// expect: 16
// expect: 16
// expect: 16
// expect: 24
// expect: 8
