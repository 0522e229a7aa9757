// `std::mem::forget` never runs the destructor, so the String's buffer is never freed.
fn main() {
    let s = String::from("leaked");
    println!("{}", s);
    std::mem::forget(s);
    println!("forgotten");
}
// expect: leaked
// expect: forgotten
