// Option::filter drops the payload when the predicate rejects it: the String is freed inside filter.
let word = Some(String::from("tiny"));
let long = word.filter(|w| w.len() > 10);
println!("{:?}", long);
// expect: None
