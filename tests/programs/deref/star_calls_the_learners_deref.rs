// `*y` on the learner's MyBox is `*Deref::deref(&y)`: the learner's `deref` runs and `*` reads what its reference points at.
use std::ops::Deref;
struct MyBox<T>(T);
impl<T> MyBox<T> {
    fn new(x: T) -> MyBox<T> {
        MyBox(x)
    }
}
impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &Self::Target {
        println!("deref called");
        &self.0
    }
}
fn main() {
    let x = 5;
    let y = MyBox::new(x);
    assert_eq!(5, x);
    assert_eq!(5, *y);
    let name = MyBox::new(String::from("Rust"));
    let r: &String = &*name;
    println!("{} {}", r, r.len());
    let twice = *y * 2;
    println!("{twice}");
}
// expect: deref called
// expect: deref called
// expect: Rust 4
// expect: deref called
// expect: 10
