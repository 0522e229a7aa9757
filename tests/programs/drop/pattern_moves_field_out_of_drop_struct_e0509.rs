// A struct pattern may not move a field out of a struct that implements Drop (E0509).
struct S { a: String, b: u8 }
impl Drop for S { fn drop(&mut self) { println!("drop"); } }
fn main() {
    let s = S { a: String::from("x"), b: 1 };
    let S { a, .. } = s;
    println!("{a}");
}
// error: E0509 at 6:23
