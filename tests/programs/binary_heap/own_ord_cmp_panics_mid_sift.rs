// The program's own cmp panicking inside a heap's sift: the elements are in their places as std's hole leaves them, and the heap drops them in buffer order while unwinding.
use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(PartialEq, Eq)]
struct Loud(i32);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Ord for Loud {
    fn cmp(&self, other: &Self) -> Ordering {
        if self.0 == 13 || other.0 == 13 {
            panic!("unlucky comparison of {} and {}", self.0, other.0);
        }
        self.0.cmp(&other.0)
    }
}

impl PartialOrd for Loud {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut heap = BinaryHeap::new();
    for n in [4, 9, 2, 7] {
        heap.push(Loud(n));
    }
    println!("pushing 13");
    heap.push(Loud(13));
    println!("unreachable");
}
// expect: pushing 13
// expect: drop 9
// expect: drop 7
// expect: drop 2
// expect: drop 4
// expect: drop 13
// panic: unlucky comparison of 13 and 7
// panic-at: 17:13
