// Vec::drain(1..3) moves the two elements out into the collected Vec (allocated exactly: Drain is TrustedLen) and the tail moves down to close the gap.
fn main() {
    let mut v = vec![10, 20, 30, 40, 50];
    let taken: Vec<i32> = v.drain(1..3).collect();
    println!("{:?} {:?}", v, taken);
    println!("{} {}", v.len(), v.capacity());
}
// expect: [10, 40, 50] [20, 30]
// expect: 3 5
