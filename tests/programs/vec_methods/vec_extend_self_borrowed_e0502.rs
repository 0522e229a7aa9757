// Extending a Vec with its own iterator is E0502: the Vec is borrowed mutably while its elements are borrowed.
let mut v = vec![1, 2];
v.extend(v.iter());
println!("{:?}", v);
// error: E0502 at 3:1
