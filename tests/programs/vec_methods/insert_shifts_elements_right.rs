// `insert(i, x)` puts x at index i and shifts the later elements right, growing if full.
fn main() {
    let mut v = vec![1, 2, 3];
    v.insert(1, 10);
    println!("{:?} cap {}", v, v.capacity());
    v.insert(4, 20);
    v.insert(0, 0);
    println!("{:?} cap {}", v, v.capacity());
}
// expect: [1, 10, 2, 3] cap 6
// expect: [0, 1, 10, 2, 3, 20] cap 6
