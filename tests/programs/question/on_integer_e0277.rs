// `?` on a value that is neither Result nor Option is E0277 at the value.
fn f() -> Option<i32> {
    let v = 5?;
    Some(v)
}

fn main() {
    println!("{:?}", f());
}
// error: E0277 at 3:13
