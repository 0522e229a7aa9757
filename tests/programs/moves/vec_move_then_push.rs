// After a move the new owner can use the Vec, including growing it.
fn main() {
    let v = vec![1, 2];
    let mut w = v;
    w.push(3);
    println!("{:?}", w);
}
// expect: [1, 2, 3]
