// #[derive(PartialEq)] compares every field, so a field whose type has no PartialEq is E0369 at the field.
struct Inner { v: i32 }
#[derive(PartialEq)]
struct Outer { id: u32, pub inner: Vec<Inner> }
fn main() {
    let o = Outer { id: 1, inner: Vec::new() };
    println!("{}", o.id);
}
// error: E0369 at 4:25
