// A map's into_iter moves each entry out as it is taken (into a map adapter and a Vec here, or dropped by a filter), then frees the table; collect sizes the Vec from the exact size hint, which is not TrustedLen.
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<String, Vec<u32>> = HashMap::new();
    m.insert("a".to_string(), vec![1, 2]);
    m.insert("b".to_string(), vec![3, 4]);
    m.insert("c".to_string(), vec![5, 6]);
    let mut firsts: Vec<(String, u32)> = m.into_iter().map(|(k, v)| (k, v[0])).collect();
    firsts.sort();
    println!("{:?} {}", firsts, firsts.capacity());
    let mut n: HashMap<u8, String> = HashMap::new();
    n.insert(1, "x".to_string()); n.insert(2, "y".to_string());
    let kept: Vec<String> = n.into_iter().filter(|(_, s)| s.len() > 5).map(|(_, s)| s).collect();
    println!("{:?} {}", kept, kept.capacity());
}
// expect: [("a", 1), ("b", 3), ("c", 5)] 4
// expect: [] 0
