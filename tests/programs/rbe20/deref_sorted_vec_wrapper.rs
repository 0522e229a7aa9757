// A newtype over Vec<i32> with Deref and DerefMut: its own insert, then Vec's len, first, pop, contains and iter through auto-deref.
use std::ops::{Deref, DerefMut};

struct Sorted(Vec<i32>);

impl Sorted {
    fn insert(&mut self, x: i32) {
        let pos = self.0.partition_point(|&y| y < x);
        self.0.insert(pos, x);
    }
}

impl Deref for Sorted {
    type Target = Vec<i32>;
    fn deref(&self) -> &Vec<i32> {
        &self.0
    }
}

impl DerefMut for Sorted {
    fn deref_mut(&mut self) -> &mut Vec<i32> {
        &mut self.0
    }
}

fn main() {
    let mut s = Sorted(Vec::new());
    for x in [5, 2, 8, 2] {
        s.insert(x);
    }
    println!("{:?} len {} first {:?}", *s, s.len(), s.first());
    s.pop();
    println!("{:?} contains 5? {}", s.0, s.contains(&5));
    let total: i32 = s.iter().sum();
    println!("{}", total);
}
// expect: [2, 2, 5, 8] len 4 first Some(2)
// expect: [2, 2, 5] contains 5? true
// expect: 9
