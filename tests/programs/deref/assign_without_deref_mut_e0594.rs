// Assigning through `*y` when the type implements Deref but not DerefMut is rustc's E0594: the data is behind a shared `deref`.
use std::ops::Deref;
struct MyBox<T>(T);
impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
fn main() {
    let mut y = MyBox(5);
    *y = 6;
    println!("{}", *y);
}
// error: E0594 at 12:5
// headline: differs: the engine has settled the integer to i32 where rustc still says `{integer}`, or the reverse
