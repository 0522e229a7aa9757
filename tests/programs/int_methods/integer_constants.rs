// MAX, MIN and BITS name each integer type's extremes and width.
println!("{} {} {}", i8::MIN, i8::MAX, i8::BITS);
println!("{} {}", u64::MAX, usize::BITS);
println!("{} {}", i128::MIN, u128::MAX);
let biggest: u16 = u16::MAX;
println!("{}", biggest.wrapping_add(1));
// expect: -128 127 8
// expect: 18446744073709551615 64
// expect: -170141183460469231731687303715884105728 340282366920938463463374607431768211455
// expect: 0
