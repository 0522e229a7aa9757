// std::ptr::eq wants pointers: two integers passed by value are E0308 at the function's path (arguments to this function are incorrect).
fn main() {
    let a = 1;
    let b = 1;
    println!("{}", std::ptr::eq(a, b));
}
// error: E0308 at 5:20
