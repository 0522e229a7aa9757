// `i32 | bool` is error E0277 at the operator (no impl for that right operand), not a type mismatch.
let mask: i32 = 6;
let on = true;
let both = mask | on;
println!("{}", both);
// error: E0277 at 4:17
