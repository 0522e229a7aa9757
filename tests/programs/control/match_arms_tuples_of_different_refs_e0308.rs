// `match` arms of `(&str, i32)` and `(&String, i32)` are E0308 at the second arm.
let s = String::from("a");
let t = match s.len() { 0 => ("x", 1), _ => (&s, 2) };
println!("{:?}", t);
// error: E0308 at 3:45
