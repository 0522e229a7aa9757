// `into_iter().max()` over a type with its own Ord and a Drop: each loser is dropped right after the `cmp` that beat it.
use std::cmp::Ordering;

#[derive(PartialEq, Eq)]
struct Task {
    id: u32,
    priority: u8,
}

impl Drop for Task {
    fn drop(&mut self) {
        println!("drop {}", self.id);
    }
}

impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering {
        println!("cmp {} {}", self.id, other.id);
        self.priority.cmp(&other.priority).then(other.id.cmp(&self.id))
    }
}

fn main() {
    let tasks = vec![Task { id: 1, priority: 2 }, Task { id: 2, priority: 5 }, Task { id: 3, priority: 1 }];
    let top = tasks.into_iter().max().unwrap();
    println!("top {}", top.id);
}
// expect: cmp 1 2
// expect: drop 1
// expect: cmp 2 3
// expect: drop 3
// expect: top 2
// expect: drop 2
