// Arrays are no coercion site for the other branch's type: `["x"]` and `[&s]` as `if` branches are E0308.
let s = String::from("a");
let t = if s.is_empty() { ["x"] } else { [&s] };
println!("{:?}", t);
// error: E0308 at 3:42
