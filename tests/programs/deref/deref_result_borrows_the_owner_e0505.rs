// The reference `&*b` returned by the learner's `deref` borrows `b`, so moving `b` while it is used is rustc's E0505.
use std::ops::Deref;
struct MyBox<T>(T);
impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
fn main() {
    let b = MyBox(String::from("kept"));
    let r: &String = &*b;
    let moved = b;
    println!("{r}");
    drop(moved);
}
// error: E0505 at 13:17
