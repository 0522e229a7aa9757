// A signed type's wrapping_rem by zero panics inside std, at i64's line of core/src/num/mod.rs.
let d: i64 = 0;
let n: i64 = -17;
println!("{}", n.wrapping_rem(5));
println!("{}", n.wrapping_rem(d));
// expect: -2
// panic: attempt to calculate the remainder with a divisor of zero
// panic-at: library/core/src/num/mod.rs:418:5
