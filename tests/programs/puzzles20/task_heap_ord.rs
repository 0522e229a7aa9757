// A task queue: a BinaryHeap of structs with a hand-written Ord (priority, then name reversed by then_with), peeked and drained in order.
use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq)]
struct Task {
    priority: u32,
    name: String,
}

impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority.cmp(&other.priority).then_with(|| other.name.cmp(&self.name))
    }
}

impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut heap = BinaryHeap::new();
    for (p, n) in [(2, "write"), (5, "fix"), (2, "read"), (9, "ship"), (5, "test")] {
        heap.push(Task { priority: p, name: n.to_string() });
    }
    println!("{:?}", heap.peek().map(|t| &t.name));
    while let Some(t) = heap.pop() {
        println!("{} {}", t.priority, t.name);
    }
}
// expect: Some("ship")
// expect: 9 ship
// expect: 5 fix
// expect: 5 test
// expect: 2 read
// expect: 2 write
