// The four ways to add past u8::MAX: wrapping_ wraps, checked_ gives None, saturating_ stops at MAX, overflowing_ says it wrapped.
let a: u8 = 250;
println!("{}", a.wrapping_add(10));
println!("{:?}", a.checked_add(10));
println!("{:?}", a.checked_add(5));
println!("{}", a.saturating_add(10));
println!("{:?}", a.overflowing_add(10));
let b: i8 = -100;
println!("{} {} {:?}", b.wrapping_sub(100), b.saturating_sub(100), b.overflowing_mul(2));
println!("{:?} {:?}", b.checked_div(0), i8::MIN.checked_div(-1));
// expect: 4
// expect: None
// expect: Some(255)
// expect: 255
// expect: (4, true)
// expect: 56 -128 (56, true)
// expect: None None
