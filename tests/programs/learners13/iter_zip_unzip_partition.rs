// zip two Vecs into pairs, partition into two, and collect names with scores into a HashMap.
use std::collections::HashMap;

fn main() {
    let names = vec!["ann", "bob", "cy", "di"];
    let scores = vec![90, 45, 77, 30];
    let pairs: Vec<(&str, i32)> = names.iter().copied().zip(scores.iter().copied()).collect();
    println!("pairs: {:?}", pairs);
    let (pass, fail): (Vec<(&str, i32)>, Vec<(&str, i32)>) = pairs.iter().partition(|(_, s)| *s >= 50);
    println!("pass: {:?}", pass);
    println!("fail: {:?}", fail);
    let table: HashMap<&str, i32> = pairs.into_iter().collect();
    let mut keys: Vec<&&str> = table.keys().collect();
    keys.sort();
    println!("keys: {:?}", keys);
    println!("bob has {}", table["bob"]);
    let dot: i32 = scores.iter().zip(scores.iter().skip(1)).map(|(a, b)| a * b).sum();
    println!("dot of neighbours: {}", dot);
}
// expect: pairs: [("ann", 90), ("bob", 45), ("cy", 77), ("di", 30)]
// expect: pass: [("ann", 90), ("cy", 77)]
// expect: fail: [("bob", 45), ("di", 30)]
// expect: keys: ["ann", "bob", "cy", "di"]
// expect: bob has 45
// expect: dot of neighbours: 9825
