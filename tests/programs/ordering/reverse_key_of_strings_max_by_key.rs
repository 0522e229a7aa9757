// `max_by_key` with a `Reverse` key finds the shortest word (the last of the shortest, as max keeps ties' later one).
use std::cmp::Reverse;
let words = vec!["pear", "fig", "apple", "kiwi", "yam"];
let shortest = words.iter().max_by_key(|w| Reverse(w.len())).unwrap();
println!("{}", shortest);
// expect: yam
