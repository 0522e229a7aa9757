// `fn print_all<T: AsRef<str>>(items: &[T])`: each `it.as_ref()` through a `&T`, for &str and String elements.
fn print_all<T: AsRef<str>>(items: &[T]) {
    for it in items {
        println!("{}", it.as_ref());
    }
}
fn main() {
    print_all(&["a", "b"]);
    print_all(&vec![String::from("c")]);
}
// expect: a
// expect: b
// expect: c
