// zip, chain and extend take a reference to a VecDeque, a BTreeSet, a BTreeMap or a HashSet as its IntoIterator makes it (`&T` items, `(&K, &V)` for a map), and a deque by value moved in.
use std::collections::{BTreeMap, BTreeSet, HashSet, VecDeque};

fn main() {
    let d: VecDeque<i32> = VecDeque::from(vec![1, 2, 3]);
    let v = vec![10, 20, 30];
    let sums: Vec<i32> = v.iter().zip(&d).map(|(a, b)| a + b).collect();
    println!("{:?}", sums);
    let s: BTreeSet<i32> = [4, 5].into_iter().collect();
    let chained: Vec<&i32> = v.iter().chain(&s).collect();
    println!("{:?}", chained);
    let mut w: Vec<i32> = Vec::new();
    w.extend(&d);
    w.extend(&s);
    println!("{:?}", w);
    let m: BTreeMap<i32, char> = BTreeMap::from([(1, 'a'), (2, 'b')]);
    let mut m2: BTreeMap<i32, char> = BTreeMap::new();
    m2.extend(&m);
    println!("{:?}", m2);
    println!("{}", d.iter().eq(&d));
    let z: Vec<(i32, i32)> = (0..5).zip(d).collect();
    println!("{:?}", z);
    let hs: HashSet<u8> = [9].into_iter().collect();
    let mut all: Vec<u8> = vec![1];
    all.extend(&hs);
    let numbered: Vec<(usize, &u8)> = (0..).zip(&hs).collect();
    println!("{:?} {:?}", all, numbered);
}
// expect: [11, 22, 33]
// expect: [10, 20, 30, 4, 5]
// expect: [1, 2, 3, 4, 5]
// expect: {1: 'a', 2: 'b'}
// expect: true
// expect: [(0, 1), (1, 2), (2, 3)]
// expect: [1, 9] [(0, 9)]
