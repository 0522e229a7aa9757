// A deref coercion through the learner's own Deref impl (&MyBox<String> to &str) is named as not supported, never an E0308.
use std::ops::Deref;
struct MyBox<T>(T);
impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
fn hello(name: &str) {
    println!("Hello, {name}!");
}
fn main() {
    let m = MyBox(String::from("Rust"));
    hello(&m);
}
// expect: Hello, Rust!
// unsupported: a deref coercion through the `Deref` impl of `MyBox<String>`
