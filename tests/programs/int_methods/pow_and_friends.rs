// pow and its four forms, next_power_of_two, ilog2, ilog10 and isqrt.
let b: u8 = 3;
println!("{} {} {:?} {} {:?}", b.pow(5), b.wrapping_pow(6), b.checked_pow(6), b.saturating_pow(6), b.overflowing_pow(6));
let s: i16 = -2;
println!("{} {}", s.saturating_pow(15), s.saturating_pow(16));
println!("{} {} {}", 5u32.next_power_of_two(), 64u32.next_power_of_two(), 0u32.next_power_of_two());
println!("{} {} {}", 1000u32.ilog2(), 1000u32.ilog10(), 99i64.isqrt());
println!("{} {}", 16u8.is_power_of_two(), 7usize.div_ceil(2));
// expect: 243 217 None 255 (217, true)
// expect: -32768 32767
// expect: 8 64 1
// expect: 9 3 9
// expect: true 4
