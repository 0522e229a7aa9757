// entry().and_modify().or_insert() and or_insert_with for a Vec, on a BTreeMap for stable order.
use std::collections::BTreeMap;

fn main() {
    let sales = [("apples", 3), ("pears", 2), ("apples", 5), ("kiwis", 1), ("pears", 4)];
    let mut totals = BTreeMap::new();
    let mut batches: BTreeMap<&str, Vec<i32>> = BTreeMap::new();
    for (fruit, n) in sales {
        totals.entry(fruit).and_modify(|t| *t += n).or_insert(n);
        batches.entry(fruit).or_insert_with(Vec::new).push(n);
    }
    println!("{totals:?}");
    println!("{batches:?}");
    if let Some((k, v)) = totals.iter().max_by_key(|(_, v)| **v) {
        println!("most {k} {v}");
    }
    println!("{:?} {:?}", totals.first_key_value(), totals.keys().last());
}
// expect: {"apples": 8, "kiwis": 1, "pears": 6}
// expect: {"apples": [3, 5], "kiwis": [1], "pears": [2, 4]}
// expect: most apples 8
// expect: Some(("apples", 8)) Some("pears")
