// A closure given to Option::map that returns a borrow of a captured Vec hands it on: the result keeps the Vec borrowed, so a push before its use is E0502.
fn main() {
    let mut v = vec![1, 2, 3];
    let o = Some(1);
    let r = o.map(|i| &v[i]);
    v.push(4);
    println!("{:?}", r);
}
// error: E0502 at 6:5
