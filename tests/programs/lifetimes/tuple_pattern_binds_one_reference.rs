// `let (x, _) = t;` binds the first reference alone: the second element's borrow ends with `t`.
let a = String::from("a");
let mut b = String::from("b");
let t = (&a, &b);
let (x, _) = t;
b.push('!');
println!("{} {}", x, b);
// expect: a b!
