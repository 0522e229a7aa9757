// `let x = t.0;` copies out only the first reference of a tuple of references, so `b` may be moved once `t` is no longer used.
let a = String::from("a");
let b = String::from("b");
let t = (&a, &b);
let x = t.0;
drop(b);
println!("{}", x);
// expect: a
