// A struct pattern that only borrows (`ref`) and copies from a Drop struct is fine; the destructor runs at the end.
struct S { a: String, b: u8 }
impl Drop for S { fn drop(&mut self) { println!("drop"); } }
fn main() {
    let s = S { a: String::from("x"), b: 1 };
    let S { ref a, b } = s;
    println!("{a} {b}");
}
// expect: x 1
// expect: drop
