// Assigning through an index past the end panics just like reading.
fn main() {
    let mut v = vec![0; 3];
    let i = v.len();
    v[i] = 1;
    println!("{:?}", v);
}
// panic: index out of bounds: the len is 3 but the index is 3
// panic-at: 5:6
