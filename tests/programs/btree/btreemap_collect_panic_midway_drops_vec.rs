// A closure panicking while pairs are collected into a BTreeMap: the Vec std was collecting into is dropped as the panic unwinds, its Strings freed.
use std::collections::BTreeMap;

fn main() {
    let words = vec!["one", "two", "boom", "four"];
    let m: BTreeMap<String, usize> = words
        .iter()
        .map(|w| {
            if *w == "boom" {
                panic!("bad word");
            }
            (w.to_string(), w.len())
        })
        .collect();
    println!("{}", m.len());
}
// panic: bad word
// panic-at: 10:17
