// `VecDeque::retain` swaps each kept element down, so the rejected ones are dropped last, in swapped order (4 then 2), unlike Vec::retain.
use std::collections::VecDeque;

struct Noisy(i32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut d: VecDeque<Noisy> = (1..=5).map(|i| Noisy(i)).collect();
    d.retain(|n| n.0 % 2 == 1);
    println!("kept {}", d.len());
    let left: Vec<i32> = d.iter().map(|n| n.0).collect();
    println!("{:?}", left);
}
// expect: drop 4
// expect: drop 2
// expect: kept 3
// expect: [1, 3, 5]
// expect: drop 1
// expect: drop 3
// expect: drop 5
