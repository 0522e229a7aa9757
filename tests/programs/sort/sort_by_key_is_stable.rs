// sort_by_key is stable: words of the same length keep their order.
let mut words = vec!["pear", "fig", "kiwi", "apple", "date", "yam"];
words.sort_by_key(|w| w.len());
println!("{words:?}");
// expect: ["fig", "yam", "pear", "kiwi", "date", "apple"]
