// `Some("x")` and `Some(&s)` as `if` branches are E0308: the first branch's type is no expectation for the second.
let s = String::from("a");
let t = if s.is_empty() { Some("x") } else { Some(&s) };
println!("{:?}", t);
// error: E0308 at 3:46
