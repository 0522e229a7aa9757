// `*y` through the learner's own Deref impl (the book's MyBox) is named as not supported, never an E0614 saying the type cannot be dereferenced.
use std::ops::Deref;
struct MyBox<T>(T);
impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}
fn main() {
    let y = MyBox(5);
    assert_eq!(5, *y);
    println!("ok");
}
// expect: ok
// unsupported: `*` through the `Deref` impl of `MyBox
