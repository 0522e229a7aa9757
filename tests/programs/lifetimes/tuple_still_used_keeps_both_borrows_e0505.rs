// While the tuple itself is used later, every reference in it is alive: moving what its second element borrows is E0505.
let a = String::from("a");
let b = String::from("b");
let t = (&a, &b);
drop(b);
println!("{}", t.0);
// error: E0505 at 5:6
