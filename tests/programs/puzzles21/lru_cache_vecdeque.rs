// LeetCode 146 in a learner's way: an LRU cache as a HashMap plus a VecDeque of keys, moved to the back on each use.
use std::collections::{HashMap, VecDeque};

struct LruCache {
    capacity: usize,
    map: HashMap<i32, i32>,
    order: VecDeque<i32>,
}

impl LruCache {
    fn new(capacity: usize) -> Self {
        LruCache { capacity, map: HashMap::new(), order: VecDeque::new() }
    }

    fn touch(&mut self, key: i32) {
        if let Some(pos) = self.order.iter().position(|&k| k == key) {
            self.order.remove(pos);
        }
        self.order.push_back(key);
    }

    fn get(&mut self, key: i32) -> i32 {
        match self.map.get(&key) {
            Some(&v) => {
                self.touch(key);
                v
            }
            None => -1,
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        if !self.map.contains_key(&key) && self.map.len() == self.capacity {
            if let Some(old) = self.order.pop_front() {
                self.map.remove(&old);
                println!("evict {}", old);
            }
        }
        self.map.insert(key, value);
        self.touch(key);
    }
}

fn main() {
    let mut cache = LruCache::new(2);
    cache.put(1, 1);
    cache.put(2, 2);
    println!("{}", cache.get(1));
    cache.put(3, 3);
    println!("{}", cache.get(2));
    cache.put(4, 4);
    println!("{} {} {}", cache.get(1), cache.get(3), cache.get(4));
    println!("{:?}", cache.order);
}
// expect: 1
// expect: evict 2
// expect: -1
// expect: evict 1
// expect: -1 3 4
// expect: [3, 4]
