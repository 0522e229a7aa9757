// A `&str` branch after a `&String` one: rustc coerces the earlier branch to `&str` instead.
let s = String::from("hi");
let t = if s.len() > 3 { "x" } else { &s };
let u = if s.len() < 3 { &s } else { "y" };
println!("{} {}", t, u);
// expect: hi hi
