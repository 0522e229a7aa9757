// `hello(&m)` with `m: MyBox<String>` and `hello(name: &str)` is a deref coercion: rustc calls the learner's `deref` to get `&String`, then std's to get `&str`.
use std::ops::Deref;
struct MyBox<T>(T);
impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        println!("MyBox::deref");
        &self.0
    }
}
fn hello(name: &str) {
    println!("Hello, {name}!");
}
fn main() {
    let m = MyBox(String::from("Rust"));
    hello(&m);
    hello(&(*m)[..]);
    let nested = MyBox(MyBox(String::from("twice")));
    hello(&nested);
    let s: &String = &m;
    println!("{}", s.len());
}
// expect: MyBox::deref
// expect: Hello, Rust!
// expect: MyBox::deref
// expect: Hello, Rust!
// expect: MyBox::deref
// expect: MyBox::deref
// expect: Hello, twice!
// expect: MyBox::deref
// expect: 4
