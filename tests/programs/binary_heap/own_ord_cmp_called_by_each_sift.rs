// A heap of a type ordered by the program's own Ord: push, pop, from and into_sorted_vec call its partial_cmp and cmp in std's order of comparisons.
use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq)]
struct Task {
    cost: u32,
}

impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering {
        println!("cmp {} {}", self.cost, other.cost);
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
    for cost in [5, 3, 8, 1, 4] {
        println!("push {}", cost);
        heap.push(Task { cost });
    }
    println!("{:?}", heap);
    while let Some(t) = heap.pop() {
        println!("popped {}", t.cost);
    }
    let heap = BinaryHeap::from(vec![Task { cost: 2 }, Task { cost: 9 }, Task { cost: 6 }, Task { cost: 1 }]);
    println!("{:?}", heap.peek());
    let sorted = heap.into_sorted_vec();
    println!("{:?}", sorted);
}
// expect: push 5
// expect: push 3
// expect: cmp 3 5
// expect: push 8
// expect: cmp 8 3
// expect: push 1
// expect: cmp 1 5
// expect: cmp 1 3
// expect: push 4
// expect: cmp 4 3
// expect: [Task { cost: 1 }, Task { cost: 3 }, Task { cost: 8 }, Task { cost: 5 }, Task { cost: 4 }]
// expect: cmp 3 8
// expect: cmp 4 5
// expect: cmp 4 3
// expect: popped 1
// expect: cmp 4 8
// expect: cmp 5 4
// expect: popped 3
// expect: cmp 8 5
// expect: popped 4
// expect: popped 5
// expect: popped 8
// expect: cmp 9 1
// expect: cmp 1 6
// expect: cmp 2 1
// expect: cmp 2 9
// expect: Some(Task { cost: 1 })
// expect: cmp 2 6
// expect: cmp 9 2
// expect: cmp 6 9
// expect: [Task { cost: 9 }, Task { cost: 6 }, Task { cost: 2 }, Task { cost: 1 }]
