// `v.iter().cycle().take(7)`: Cycle starts over from a clone of the iterator it was made from; Take of it is no TrustedLen, so collect grows from the hint.
fn main() {
    let v = vec![1, 2, 3];
    let c: Vec<&i32> = v.iter().cycle().take(7).collect();
    println!("{:?} {}", c, c.capacity());
}
// expect: [1, 2, 3, 1, 2, 3, 1] 7
