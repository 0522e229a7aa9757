// Vec<char>::extend with a str's chars (no trusted length) reserves the lower hint left plus one whenever the Vec is full.
let mut v: Vec<char> = Vec::new();
v.extend("héllo wörld".chars());
println!("{} {}", v.len(), v.capacity());
// expect: 11 16
