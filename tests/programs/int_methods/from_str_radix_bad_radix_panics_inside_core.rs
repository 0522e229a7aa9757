// A radix outside 2..=36 panics inside std, at the unsigned types' from_str_radix line of core/src/num/mod.rs.
let radix: u32 = 37;
println!("{:?}", u64::from_str_radix("10", radix));
// panic: from_ascii_radix: radix must lie in the range `[2, 36]` - found 37
// panic-at: library/core/src/num/mod.rs:1802:1
