// A closure panicking in the middle of VecDeque::extend: the items already pushed stay in the deque, which is dropped as the panic unwinds.
use std::collections::VecDeque;

struct Loud(u8);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut d = VecDeque::new();
    d.push_back(Loud(0));
    d.extend((1..5).map(|i| {
        if i == 3 {
            panic!("three");
        }
        Loud(i)
    }));
    println!("{}", d.len());
}
// panic: three
// panic-at: 17:13
// expect: drop 0
// expect: drop 1
// expect: drop 2
