// flatten is defined on Option<Option<T>> only: on an Option<String> it is E0599 at the method, rustc saying the Option is not an iterator.
fn main() {
    let o = Some(String::from("a"));
    let f = o.flatten();
}
// error: E0599 at 4:15
