// A `Box<dyn Any>` downcast is "not supported yet" at the use of `std::any::Any`.
use std::any::Any;
fn main() { let b: Box<dyn Any> = Box::new(5i32); println!("{:?}", b.downcast_ref::<i32>()); }
// expect: Some(5)
// unsupported: `std::any::Any` at 2:5
