// `into_vec` turns the Box's cell into the Vec's buffer with capacity = length (no allocation); the next push doubles it.
fn main() {
    let b: Box<[u8]> = Box::from(&[1u8, 2, 3][..]);
    let mut v = b.into_vec();
    println!("{} {}", v.len(), v.capacity());
    v.push(4);
    println!("{:?} {}", v, v.capacity());
}
// expect: 3 3
// expect: [1, 2, 3, 4] 8
