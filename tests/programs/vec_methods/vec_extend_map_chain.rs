// Vec::extend with a map over a Vec's iter keeps the trusted length: one amortized reservation (at least 4 elements), then each mapped value pushed.
let words = vec!["a", "bb", "ccc"];
let mut lens: Vec<usize> = Vec::new();
lens.extend(words.iter().map(|w| w.len()));
println!("{:?} {}", lens, lens.capacity());
// expect: [1, 2, 3] 4
