// i8::MIN.abs() overflows as a negation, inside std (it was reported as a subtraction at the call).
let n: i8 = -128;
println!("{}", (n + 1).abs());
println!("{}", n.abs());
// expect: 127
// panic: attempt to negate with overflow
// panic-at: library/core/src/num/mod.rs:346:5
