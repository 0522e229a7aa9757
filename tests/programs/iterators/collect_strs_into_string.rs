// Collecting &strs into a String pushes each one, growing as push_str does.
let parts = vec!["ab", "cde", "f"];
let joined: String = parts.iter().copied().collect();
println!("{} cap {}", joined, joined.capacity());
// expect: abcdef cap 8
