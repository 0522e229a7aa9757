// `v.append(&mut v)`: rustc finds two conflicts (the argument's `&mut v` during the receiver's reservation, and the call's activation of that reservation while the argument's borrow is held) and reports them sorted by span: the activation, at the call (4:5), comes first.
fn main() {
    let mut v = vec![1, 2];
    v.append(&mut v);
    println!("{:?}", v);
}
// error: E0499 at 4:5
