// A PartialOrd impl that writes its own le, ge and lt: a heap's sifts call those, not partial_cmp, as std's `<=`, `>=` and `<` do.
use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq)]
struct Job(u8);

impl PartialOrd for Job {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        println!("partial_cmp {} {}", self.0, other.0);
        Some(self.cmp(other))
    }
    fn le(&self, other: &Self) -> bool {
        println!("le {} {}", self.0, other.0);
        self.0 <= other.0
    }
    fn ge(&self, other: &Self) -> bool {
        println!("ge {} {}", self.0, other.0);
        self.0 >= other.0
    }
    fn lt(&self, other: &Self) -> bool {
        println!("lt {} {}", self.0, other.0);
        self.0 < other.0
    }
}

impl Ord for Job {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.cmp(&other.0)
    }
}

fn main() {
    let mut heap: BinaryHeap<Job> = vec![Job(4), Job(7), Job(1), Job(9), Job(3), Job(8)].into_iter().collect();
    println!("{:?}", heap);
    heap.push(Job(5));
    heap.extend(vec![Job(2), Job(6)]);
    println!("{:?}", heap.pop());
    println!("{:?}", heap.pop());
    println!("{:?}", heap.into_sorted_vec());
}
// expect: lt 1 8
// expect: le 9 3
// expect: ge 7 9
// expect: le 9 8
// expect: ge 4 9
// expect: le 7 3
// expect: ge 4 7
// expect: [Job(9), Job(7), Job(8), Job(4), Job(3), Job(1)]
// expect: le 5 8
// expect: le 2 4
// expect: le 6 4
// expect: le 6 7
// expect: le 7 8
// expect: le 1 5
// expect: le 4 5
// expect: Some(Job(9))
// expect: le 7 5
// expect: le 6 3
// expect: le 2 6
// expect: Some(Job(8))
// expect: le 6 5
// expect: ge 4 6
// expect: le 2 3
// expect: ge 4 3
// expect: le 4 5
// expect: ge 1 5
// expect: le 4 1
// expect: ge 3 4
// expect: lt 3 2
// expect: le 3 1
// expect: ge 2 3
// expect: lt 1 2
// expect: [Job(1), Job(2), Job(3), Job(4), Job(5), Job(6), Job(7)]
