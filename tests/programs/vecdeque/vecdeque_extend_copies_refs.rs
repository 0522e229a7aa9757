// VecDeque<i32>::extend with a slice's iterator copies each i32 in (Extend<&T> for T: Copy), reserving the slice's length first.
use std::collections::VecDeque;

fn main() {
    let v = [10, 20, 30];
    let mut d = VecDeque::from([1, 2]);
    d.extend(v.iter());
    d.extend(&v[..1]);
    println!("{:?} {}", d, d.len());
}
// expect: [1, 2, 10, 20, 30, 10] 6
