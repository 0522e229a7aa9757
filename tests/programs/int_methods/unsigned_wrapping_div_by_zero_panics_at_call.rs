// An unsigned type's wrapping_div is #[track_caller], so dividing by zero panics at the method's name (a signed type's panics inside std).
let d: u32 = 0;
let n: u32 = 17;
println!("{}", n.wrapping_div(5));
println!("{}", n.wrapping_div(d));
// expect: 3
// panic: attempt to divide by zero
// panic-at: 5:18
