// Four hundred keys in ascending order grow the tree three levels high; removing them all from the front merges it back down, node by node as std does.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    for k in 0..400u32 {
        m.insert(k, k % 7);
    }
    println!("{} {:?} {:?}", m.len(), m.get(&0), m.get(&399));
    let mut sum = 0;
    for k in 0..400u32 {
        sum += m.remove(&k).unwrap();
    }
    println!("{} {}", m.len(), sum);
}
// expect: 400 Some(0) Some(0)
// expect: 0 1197
