// A shared reborrow `&*r` still in use keeps `*r` from the `&mut` a method call through `r` takes: E0502.
fn main() {
    let mut v = vec![1, 2];
    let r = &mut v;
    let a = &*r;
    r.push(9);
    println!("{:?}", a);
}
// error: E0502 at 6:5
