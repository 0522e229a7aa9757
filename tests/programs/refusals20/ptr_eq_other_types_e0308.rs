// std::ptr::eq takes two pointers to one type: an i32's and a String's reference are E0308 at the second argument.
fn main() {
    let n = 5;
    let s = String::from("five");
    println!("{}", std::ptr::eq(&n, &s));
}
// error: E0308 at 5:37
