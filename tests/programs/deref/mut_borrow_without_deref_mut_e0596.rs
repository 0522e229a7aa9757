// `&mut *y` when the type implements Deref but not DerefMut is rustc's E0596 at the borrow.
use std::ops::Deref;
struct MyBox<T>(T);
impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
fn main() {
    let mut y = MyBox(vec![1]);
    let v = &mut *y;
    v.push(2);
}
// error: E0596 at 12:13
// headline: differs: the engine has settled the integer to i32 where rustc still says `{integer}`, or the reverse
