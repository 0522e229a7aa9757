// Regression (difftest): an overflow inside parentheses was reported one column right of rustc, which gives `(a + b)` the parentheses' span.
let v: Vec<u8> = vec![1, 2, 3];
println!("{}", v.len());
let n: i8 = (v.len() as i8 + 126) / 2;
println!("{}", n);
// expect: 3
// panic: attempt to add with overflow
// panic-at: 4:13
