// Letter frequencies in a BTreeMap<char, usize>, printed in key order, and the top letter.
use std::collections::BTreeMap;

fn main() {
    let text = "Hello, World! Hello, Rust!";
    let mut freq = BTreeMap::new();
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        *freq.entry(c.to_ascii_lowercase()).or_insert(0usize) += 1;
    }
    for (c, n) in &freq {
        print!("{c}{n} ");
    }
    println!();
    let top = freq.iter().max_by_key(|&(c, n)| (*n, std::cmp::Reverse(*c))).unwrap();
    println!("top {:?}", top);
}
// expect: d1 e2 h2 l5 o3 r2 s1 t1 u1 w1 
// expect: top ('l', 5)
