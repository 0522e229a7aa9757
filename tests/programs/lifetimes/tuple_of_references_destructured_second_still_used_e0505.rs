// `let (x, y) = (&a, &b);` keeps `b` borrowed while `y` is still used: moving `b` before that is E0505.
let a = String::from("a");
let b = String::from("b");
let (x, y) = (&a, &b);
drop(b);
println!("{} {}", x, y);
// error: E0505 at 5:6
