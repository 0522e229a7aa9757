// The learner's own Deref impl called by name, `*(y.deref())`, as a book shows what `*y` means.
use std::ops::Deref;

struct MyBox<T>(T);

impl<T> Deref for MyBox<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

fn main() {
    let y = MyBox(5);
    assert_eq!(5, *(y.deref()));
    println!("{}", *y.deref() + 1);
}
// expect: 6
