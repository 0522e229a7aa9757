// `Option::unwrap(x)` calls std's method by its path, taking the Option by value.
let x = Some(String::from("kept"));
let s = Option::unwrap(x);
println!("{}", s);
// expect: kept
