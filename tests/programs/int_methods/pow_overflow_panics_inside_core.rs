// `pow` past i32::MAX panics inside std, at i32's line of core/src/num/mod.rs, not at the call: pow is not #[track_caller].
let base: i32 = 3;
println!("{}", base.pow(19));
println!("{}", base.pow(20));
// expect: 1162261467
// panic: attempt to multiply with overflow
// panic-at: library/core/src/num/mod.rs:394:5
