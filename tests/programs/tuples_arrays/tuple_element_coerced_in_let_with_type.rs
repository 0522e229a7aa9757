// A tuple literal with a written type coerces each element on its own: `&String` becomes `&str` inside `(&str, i32)`.
let s = String::from("abc");
let t: (&str, i32) = (&s, 1);
println!("{:?} {}", t, t.0.len());
// expect: ("abc", 1) 3
