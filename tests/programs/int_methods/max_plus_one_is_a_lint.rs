// `i32::MAX + 1` is known at compile time, so rustc rejects it (arithmetic_overflow) instead of panicking.
let x = i32::MAX + 1;
println!("{}", x);
// error: lint arithmetic_overflow at 2:9
