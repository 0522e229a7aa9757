// A `Box<[i32]>` held in a `mut` variable is changed in place: an element assigned, then the whole slice sorted (no allocation).
fn main() {
    let mut b: Box<[i32]> = vec![5, 2, 8].into_boxed_slice();
    b[0] = 1;
    b.sort();
    println!("{:?}", b);
}
// expect: [1, 2, 8]
