// max_by_key keeps the last of equal maxima, min_by_key the first of equal minima, as std does.
let words = vec!["pear", "fig", "plum", "kiwi", "yam"];
println!("{:?} {:?}", words.iter().max_by_key(|w| w.len()), words.iter().min_by_key(|w| w.len()));
println!("{:?} {:?}", words.iter().max(), words.iter().map(|w| w.len()).min());
// expect: Some("kiwi") Some("fig")
// expect: Some("yam") Some(3)
