// swap exchanges two elements by logical index; truncate drops the elements past the new length, front to back.
use std::collections::VecDeque;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut d = VecDeque::new();
    d.push_back(Noisy("b"));
    d.push_back(Noisy("c"));
    d.push_front(Noisy("a"));
    d.push_back(Noisy("d"));
    d.swap(0, 3);
    let names: Vec<&str> = d.iter().map(|n| n.0).collect();
    println!("{:?}", names);
    d.truncate(2);
    println!("kept {}", d.len());
}
// expect: ["d", "b", "c", "a"]
// expect: drop c
// expect: drop a
// expect: kept 2
// expect: drop d
// expect: drop b
