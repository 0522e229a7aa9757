// `let (x, y) = (&a, &b);` gives each binding its own borrow: `b` may be moved after `y`'s last use while `x` is still used.
let a = String::from("a");
let b = String::from("b");
let (x, y) = (&a, &b);
println!("{}", y);
drop(b);
println!("{}", x);
// expect: b
// expect: a
