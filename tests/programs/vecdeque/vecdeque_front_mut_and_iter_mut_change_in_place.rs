// front_mut, back_mut and indexing give mutable access to the ends and the middle without moving anything.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<u8> = VecDeque::with_capacity(3);
    d.push_front(2);
    d.push_front(1);
    d.push_back(3);
    if let Some(f) = d.front_mut() {
        *f *= 10;
    }
    *d.back_mut().unwrap() += 1;
    d[1] = 9;
    println!("{:?} {:?} {}", d, d.get(1), d.len());
}
// expect: [10, 9, 4] Some(9) 3
