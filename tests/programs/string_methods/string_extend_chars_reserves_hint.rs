// String::extend with chars reserves the lower size hint first (amortized: at least 8 bytes), then pushes each char.
let mut s = String::from("ab");
s.extend(['c', 'd', 'é']);
println!("{s} {} {}", s.len(), s.capacity());
s.extend("xyz".chars().rev());
println!("{s}");
// expect: abcdé 6 8
// expect: abcdézyx
