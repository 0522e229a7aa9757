// `bool + bool` is error E0369, reported at the `+` as rustc does, not at the left operand.
let a = true;
let b = false;
let c = a + b;
println!("{}", c);
// error: E0369 at 4:11
