// A generic `T: Deref<Target = i32>` dereferences through its bound: `*x` calls the Deref impl of the type the caller passed.
use std::ops::Deref;
struct Meters(i32);
impl Deref for Meters {
    type Target = i32;
    fn deref(&self) -> &i32 {
        &self.0
    }
}
fn doubled<T: Deref<Target = i32>>(x: T) -> i32 {
    *x * 2
}
fn main() {
    println!("{}", doubled(Meters(21)));
    println!("{}", doubled(Box::new(4)));
}
// expect: 42
// expect: 8
