// drain hands out the elements in the buffer's order and keeps the allocation; clear drops the elements in the same order.
use std::collections::BinaryHeap;

#[derive(PartialEq, Eq, PartialOrd, Ord, Debug)]
struct Job(u32);

impl Drop for Job {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut heap = BinaryHeap::new();
    for n in [3, 9, 4] {
        heap.push(Job(n));
    }
    let first: Vec<Job> = heap.drain().collect();
    println!("{:?} {} {}", first, heap.len(), heap.capacity());
    heap.push(Job(7));
    heap.push(Job(1));
    heap.clear();
    println!("cleared {}", heap.is_empty());
}
// expect: [Job(9), Job(3), Job(4)] 0 4
// expect: drop 7
// expect: drop 1
// expect: cleared true
// expect: drop 9
// expect: drop 3
// expect: drop 4
