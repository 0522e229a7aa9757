// `r.push(9)` with `r: &mut Vec<i32>` reborrows `*r`, so a reborrow `&mut *r` still used after it is a second mutable borrow: E0499.
fn main() {
    let mut v = vec![1, 2];
    let r = &mut v;
    let a = &mut *r;
    r.push(9);
    a.push(1);
    println!("{:?}", v);
}
// error: E0499 at 6:5
