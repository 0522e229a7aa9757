// A heap of tuples whose first field has the program's own Ord is "not supported yet": the tuple's derived comparison would call that impl through its field.
use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq)]
struct Task(u32);

impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.cmp(&self.0)
    }
}

impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut heap = BinaryHeap::new();
    heap.push((Task(3), "c"));
    heap.push((Task(1), "a"));
    println!("{:?}", heap.pop());
}
// expect: Some((Task(1), "a"))
// unsupported: a binary heap's element comparing `(Task, &str)` at 22:10
