// collect into a VecDeque collects a Vec as std's FromIterator does, then takes its buffer over.
use std::collections::VecDeque;
fn main() {
    let d: VecDeque<u32> = (1..=5).collect();
    let odd: VecDeque<u32> = d.iter().filter(|x| *x % 2 == 1).copied().collect();
    println!("{:?} {} {:?} {}", d, d.capacity(), odd, odd.capacity());
}
// expect: [1, 2, 3, 4, 5] 5 [1, 3, 5] 4
