// Keys that own heap memory are made and freed at each comparison: b's key is dropped before a's, as std's temporaries.
let mut names = vec![String::from("bob"), String::from("Al"), String::from("cy")];
names.sort_by_key(|s| s.to_lowercase());
println!("{names:?}");
// expect: ["Al", "bob", "cy"]
