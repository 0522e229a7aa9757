// Regression (difftest): `n << 34` on an i32 is rejected by rustc (arithmetic_overflow) whatever n holds, since the amount is known; the engine ran it and panicked.
let n: i32 = "5".parse().unwrap();
let m = n << 34;
println!("{}", m);
// error: lint arithmetic_overflow at 3:9
