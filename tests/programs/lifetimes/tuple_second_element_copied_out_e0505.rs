// Copying out the second reference keeps what it borrows: moving `b` before its last use is E0505.
let a = String::from("a");
let b = String::from("b");
let t = (&a, &b);
let y = t.1;
drop(b);
println!("{} {}", y, a);
// error: E0505 at 6:6
