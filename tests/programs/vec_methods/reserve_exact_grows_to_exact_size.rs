// `reserve_exact(n)` grows the buffer to exactly len + n.
fn main() {
    let mut v = vec![1u8, 2, 3];
    v.reserve_exact(5);
    println!("{} {}", v.len(), v.capacity());
}
// expect: 3 8
