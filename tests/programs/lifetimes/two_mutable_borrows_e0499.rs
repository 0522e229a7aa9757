// Two live mutable borrows of one String are E0499 at the second.
fn main() {
    let mut s = String::from("hello");
    let r1 = &mut s;
    let r2 = &mut s;
    println!("{}, {}", r1, r2);
}
// error: E0499 at 5:14
