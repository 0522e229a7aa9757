// A `Box<String>` where `T: AsRef<str>` is wanted: Box's AsRef gives only its String, E0277 at the argument.
fn count<T: AsRef<str>>(arg: T) -> usize {
    arg.as_ref().len()
}
fn main() {
    let b = Box::new(String::from("abc"));
    println!("{}", count(b));
}
// error: E0277 at 7:26
