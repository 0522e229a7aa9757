// `extend_from_slice` copies a whole slice onto the end, growing once if needed.
fn main() {
    let mut v = vec![1, 2];
    v.extend_from_slice(&[3, 4, 5]);
    println!("{:?} cap {}", v, v.capacity());
    let more = vec![6, 7];
    v.extend_from_slice(&more);
    println!("{:?} cap {}", v, v.capacity());
}
// expect: [1, 2, 3, 4, 5] cap 5
// expect: [1, 2, 3, 4, 5, 6, 7] cap 10
