// Cloning a Vec allocates a new buffer sized to the length, not the capacity.
fn main() {
    let mut v = Vec::with_capacity(10);
    v.push(1);
    v.push(2);
    let w = v.clone();
    println!("{:?} cap {} / {:?} cap {}", v, v.capacity(), w, w.capacity());
}
// expect: [1, 2] cap 10 / [1, 2] cap 2
