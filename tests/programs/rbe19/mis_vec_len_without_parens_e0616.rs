// `v.len` without parentheses reads Vec's own private `len` field: E0616.
fn main() {
    let v = vec![1, 2, 3];
    println!("{}", v.len);
}
// error: E0616 at 4:22
