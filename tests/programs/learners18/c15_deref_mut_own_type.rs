// Deref and DerefMut on a wrapper around Vec: push and len through the wrapper, then Drop reports.
use std::ops::{Deref, DerefMut};

struct Logged {
    items: Vec<i32>,
}

impl Deref for Logged {
    type Target = Vec<i32>;
    fn deref(&self) -> &Vec<i32> {
        &self.items
    }
}

impl DerefMut for Logged {
    fn deref_mut(&mut self) -> &mut Vec<i32> {
        &mut self.items
    }
}

impl Drop for Logged {
    fn drop(&mut self) {
        println!("dropping {} items", self.items.len());
    }
}

fn total(v: &[i32]) -> i32 {
    v.iter().sum()
}

fn main() {
    let mut l = Logged { items: vec![1] };
    l.push(2);
    l.push(3);
    println!("{} {} {}", l.len(), l[0], total(&l));
    l.retain(|&x| x != 2);
    println!("{:?}", *l);
}
// expect: 3 1 6
// expect: [1, 3]
// expect: dropping 2 items
