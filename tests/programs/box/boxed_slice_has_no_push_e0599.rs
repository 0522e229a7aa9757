// A `Box<[i32]>` cannot grow: it has no `push` (rustc's E0599 at the method name).
fn main() {
    let mut b: Box<[i32]> = vec![1].into_boxed_slice();
    b.push(2);
    println!("{:?}", b);
}
// error: E0599 at 4:7
