// `let s = *b;` of a String behind the learner's Deref moves out of a reference the `deref` call returned: rustc's E0507.
use std::ops::Deref;
struct MyBox<T>(T);
impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
fn main() {
    let b = MyBox(String::from("owned"));
    let s = *b;
    println!("{s}");
}
// error: E0507 at 12:13
// headline: differs: rustc words a move out of an overloaded Deref as `dereference of MyBox<String>`
