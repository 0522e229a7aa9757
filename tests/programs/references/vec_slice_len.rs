// `&v[1..3]` is a slice of two elements with its own `.len()`.
fn main() {
    let v = vec![10, 20, 30, 40, 50];
    let middle = &v[1..3];
    println!("{:?} has {} elements", middle, middle.len());
    let tail = &v[2..];
    println!("{:?} {}", tail, tail.len());
}
// expect: [20, 30] has 2 elements
// expect: [30, 40, 50] 3
