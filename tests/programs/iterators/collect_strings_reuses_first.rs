// Collecting Strings into a String keeps the first String's buffer and appends the rest to it.
let parts = vec![String::from("abcdefgh"), String::from("ij")];
let joined: String = parts.into_iter().collect();
println!("{} cap {}", joined, joined.capacity());
// expect: abcdefghij cap 16
