// `max_by` keeps the later of two equal items (std's cmp::max_by), `min_by` the earlier; the closure compares the best so far with the next.
let words = vec!["bb", "a", "cc", "d"];
let longest = words.iter().max_by(|a, b| a.len().cmp(&b.len()));
let shortest = words.iter().min_by(|a, b| a.len().cmp(&b.len()));
println!("{:?} {:?}", longest, shortest);
// expect: Some("cc") Some("a")
