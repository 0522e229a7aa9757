// A `&String` branch after a `&str` one is coerced to `&str`, as rustc merges the branches of an `if` without an expected type.
let s = String::from("long");
let t = if s.len() > 3 { "x" } else { &s };
println!("{}", t);
// expect: x
