// A priority queue of (priority, String) tuples orders by priority then name, and each popped String is moved out to its new owner.
use std::collections::BinaryHeap;

fn main() {
    let mut tasks = BinaryHeap::with_capacity(2);
    tasks.push((2, String::from("write tests")));
    tasks.push((5, String::from("fix the crash")));
    tasks.push((1, String::from("tidy up")));
    tasks.push((5, String::from("answer mail")));
    println!("{}", tasks.capacity());
    if let Some((p, name)) = tasks.pop() {
        println!("first: {} ({})", name, p);
    }
    for (p, name) in tasks.iter() {
        println!("left: {} {}", p, name);
    }
}
// expect: 4
// expect: first: fix the crash (5)
// expect: left: 5 answer mail
// expect: left: 2 write tests
// expect: left: 1 tidy up
