// MyBox with Deref and DerefMut: pushing through *m and calling Vec methods via auto-deref.
use std::ops::{Deref, DerefMut};

struct MyBox<T>(T);

impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> DerefMut for MyBox<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

fn main() {
    let mut m = MyBox(vec![1, 2]);
    m.push(3);
    (*m).push(4);
    println!("{} {:?} {}", m.len(), *m, m[0]);
}
// expect: 4 [1, 2, 3, 4] 1
