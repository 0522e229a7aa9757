// `String::len(&s)` calls std's method by its path (UFCS), as `s.len()` does.
let s = String::from("hello");
println!("{}", String::len(&s));
// expect: 5
