// flatten over maps, sets and deques, by reference (`&BTreeSet` yields `&T`, `&BTreeMap` `(&K, &V)`, `iter_mut` of deques and maps `&mut T` and `(&K, &mut V)`) and by value (each one's entries moved out, its buffer or nodes freed once spent), as a `for` loop walks them.
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

fn main() {
    let sets: Vec<BTreeSet<u8>> = vec![[3u8, 1].into_iter().collect(), BTreeSet::new(), [2u8].into_iter().collect()];
    let all: Vec<&u8> = sets.iter().flatten().collect();
    println!("{:?}", all);
    let queues: Vec<VecDeque<String>> = vec![VecDeque::from(vec!["a".to_string(), "b".to_string()]), VecDeque::new()];
    let joined: Vec<String> = queues.into_iter().flatten().collect();
    println!("{:?}", joined);
    let maps: Vec<BTreeMap<&str, i32>> = vec![BTreeMap::from([("x", 1), ("y", 2)]), BTreeMap::from([("z", 3)])];
    let total: i32 = maps.iter().flatten().map(|(_, v)| v).sum();
    let keys: Vec<&str> = maps.iter().flatten().map(|(k, _)| *k).collect();
    println!("{} {:?}", total, keys);
    let owned: Vec<(&str, i32)> = maps.into_iter().flatten().collect();
    println!("{:?}", owned);
    let mut deques: Vec<VecDeque<i32>> = vec![VecDeque::from(vec![1, 2]), VecDeque::from(vec![3])];
    for x in deques.iter_mut().flatten() {
        *x *= 10;
    }
    println!("{:?}", deques);
    let mut counts: Vec<HashMap<char, u32>> = vec![HashMap::from([('a', 1)]), HashMap::from([('b', 5)])];
    for (_, n) in counts.iter_mut().flatten() {
        *n += 1;
    }
    let mut seen: Vec<(char, u32)> = counts.iter().flatten().map(|(c, n)| (*c, *n)).collect();
    seen.sort();
    println!("{:?}", seen);
    let words = vec!["ab", "ba", "c"];
    let letters: BTreeSet<char> = words.iter().map(|w| w.chars().collect::<BTreeSet<char>>()).flatten().collect();
    println!("{:?}", letters);
}
// expect: [1, 3, 2]
// expect: ["a", "b"]
// expect: 6 ["x", "y", "z"]
// expect: [("x", 1), ("y", 2), ("z", 3)]
// expect: [[10, 20], [30]]
// expect: [('a', 2), ('b', 6)]
// expect: {'a', 'b', 'c'}
