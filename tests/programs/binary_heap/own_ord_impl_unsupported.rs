// A heap of a type ordered by the program's own Ord impl is outside the subset: the engine compares as a derive would.
use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(PartialEq, Eq)]
struct Task {
    cost: u32,
}

impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering {
        other.cost.cmp(&self.cost)
    }
}

impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut heap = BinaryHeap::new();
    heap.push(Task { cost: 3 });
    heap.push(Task { cost: 1 });
    println!("{}", heap.pop().unwrap().cost);
}
// expect: 1
// unsupported: a binary heap's element comparing `Task`
