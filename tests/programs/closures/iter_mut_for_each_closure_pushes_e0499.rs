// v.iter_mut().for_each(|x| { *x += 1; v.push(0); }): the receiver's &mut of v is held while the closure takes another (E0499).
fn main() {
    let mut v = vec![1, 2, 3];
    v.iter_mut().for_each(|x| {
        *x += 1;
        v.push(0);
    });
    println!("{:?}", v);
}
// error: E0499 at 4:27
