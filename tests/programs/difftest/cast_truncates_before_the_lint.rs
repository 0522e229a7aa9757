// The lint follows `as` as it wraps: `300 as u8` is 44, so `44 * 5` fits in a u8 and the program runs.
let n: u8 = 300i32 as u8;
let m: u8 = n * 5;
println!("{} {}", n, m);
// expect: 44 220
