// `arg.as_mut()` of an `arg: &T` with `T: AsMut<u32>`: E0596 at the receiver, as rustc's borrow checker says.
fn num_sq<T: AsMut<u32>>(arg: &T) {
    let n = arg.as_mut();
    *n = *n * *n;
}
fn main() {
    let mut n = Box::new(3u32);
    num_sq(&n);
    println!("{}", n);
}
// error: E0596 at 3:13
