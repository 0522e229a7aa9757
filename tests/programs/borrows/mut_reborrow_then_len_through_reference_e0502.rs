// Even a `&self` method through `r` (`r.len()`) is a shared borrow of `*r`, in conflict with a live `&mut *r`: E0502.
fn main() {
    let mut v = vec![1, 2];
    let r = &mut v;
    let a = &mut *r;
    let n = r.len();
    a.push(n);
    println!("{:?}", v);
}
// error: E0502 at 6:13
