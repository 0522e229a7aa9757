// `as_deref` needs a payload that derefs: an `Option<i32>` is error E0599 (no such method while its bound is unmet).
fn main() {
    let n: Option<i32> = Some(4);
    println!("{:?}", n.as_deref());
}
// error: E0599 at 4:24
