// `let x = &mut Vec::new();` extends the Vec, so it can be pushed to through x afterwards.
let x = &mut Vec::new();
x.push(String::from("a"));
x.push(String::from("b"));
let s = &mut String::new();
s.push_str("grown");
println!("{:?} {}", x, s);
// expect: ["a", "b"] grown
