// Regression (difftest): in `(5 & a) as i32` the untyped 5 took its type from the `as` target instead of from `a`, and the program was rejected with E0308.
let a: u8 = 3;
let b = (5 & a) as i32;
let c = (200 + a) as i8;
let d = -(1 - a as i16) as u8;
let e = 30 as u8;
let f = -5 as i8;
println!("{} {} {} {} {}", b, c, d, e, f);
// expect: 1 -53 2 30 -5
