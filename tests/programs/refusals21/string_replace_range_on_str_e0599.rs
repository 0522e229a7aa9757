// replace_range is String's (it may grow the buffer): a `&mut str` has no such method, E0599.
fn main() {
    let mut owned = String::from("abc");
    let view: &mut str = &mut owned;
    view.replace_range(..1, "A");
    println!("{}", view);
}
// error: E0599 at 5:10
