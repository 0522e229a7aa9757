// With no expected type, `if` branches of `(&str, i32)` and `(&String, i32)` do not coerce (tuples are no coercion of their own): E0308 at the else value.
let s = String::from("a");
let t = if s.len() > 3 { ("x", 1) } else { (&s, 2) };
println!("{:?}", t);
// error: E0308 at 3:44
