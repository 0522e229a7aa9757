// `as` converts only between primitive types: a String as i32 is error E0605.
fn main() {
    let s = String::from("42");
    let n = s as i32;
    println!("{}", n);
}
// error: E0605 at 4:13
