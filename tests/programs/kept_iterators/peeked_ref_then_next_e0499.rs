// What `peek` returns borrows the Peekable mutably: calling `next` while that reference is still used is error E0499.
fn main() {
    let v = vec![1, 2, 3];
    let mut it = v.iter().peekable();
    let first = it.peek();
    it.next();
    println!("{:?}", first);
}
// error: E0499 at 6:5
