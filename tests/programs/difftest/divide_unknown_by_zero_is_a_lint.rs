// Regression (difftest): `x / 0` and `x %= 0` are rejected by rustc (unconditional_panic) whatever x holds, since the divisor is known; the engine ran them and panicked.
let a: i32 = "5".parse().unwrap();
let mut c = a;
c %= 0;
let b = a / 0;
println!("{} {}", b, c);
// error: lint unconditional_panic at 4:1
