// HashMap::drain and HashSet::drain take every entry out (a String freed when its entry is dropped), and leave the map empty with its table and capacity kept, so inserting again allocates nothing.
use std::collections::{HashMap, HashSet};

fn main() {
    let mut scores: HashMap<String, u32> = HashMap::new();
    scores.insert("ann".to_string(), 3);
    scores.insert("bo".to_string(), 5);
    scores.insert("cy".to_string(), 8);
    let cap = scores.capacity();
    let mut taken: Vec<(String, u32)> = scores.drain().collect();
    taken.sort();
    println!("{:?}", taken);
    println!("{} {}", scores.len(), scores.capacity() == cap);
    scores.insert("dee".to_string(), 1);
    println!("{:?}", scores);

    let total: u32 = scores.drain().map(|(_, v)| v).sum();
    println!("{} {}", total, scores.is_empty());

    let mut seen: HashSet<i32> = (1..=5).collect();
    let n = seen.drain().filter(|x| x % 2 == 1).count();
    println!("{} {}", n, seen.len());
    seen.insert(9);
    seen.drain();
    println!("{:?}", seen);
}
// expect: [("ann", 3), ("bo", 5), ("cy", 8)]
// expect: 0 true
// expect: {"dee": 1}
// expect: 1 true
// expect: 3 0
// expect: {}
