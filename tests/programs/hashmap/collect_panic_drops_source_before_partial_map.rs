// A closure panicking while a Vec's Strings are collected into a HashMap: the into_iter's rest and buffer are freed first (std's extend owns it), then the map built so far.
use std::collections::HashMap;

fn main() {
    let names = vec![String::from("ann"), String::from("bob"), String::from("cy")];
    let lengths: HashMap<String, usize> = names
        .into_iter()
        .map(|n| {
            if n.len() == 2 {
                panic!("short name {}", n);
            }
            let l = n.len();
            (n, l)
        })
        .collect();
    println!("{}", lengths.len());
}
// panic: short name cy
// panic-at: 10:17
