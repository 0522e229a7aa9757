// Negating a local known to hold i8::MIN is rejected by rustc at compile time (arithmetic_overflow), not left to panic.
let a = i8::MIN;
println!("{}", -a);
// error: lint arithmetic_overflow at 3:16
