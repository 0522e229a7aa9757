// A closure panicking while pairs are collected into a HashMap: the table built so far and its Strings are freed as the panic unwinds.
use std::collections::HashMap;

fn main() {
    let m: HashMap<String, i32> = (0..5)
        .map(|i| {
            if i == 3 {
                panic!("at three");
            }
            (format!("k{i}"), i)
        })
        .collect();
    println!("{}", m.len());
}
// panic: at three
// panic-at: 8:17
