// `&=` on a float is error E0368 (binary assignment operation cannot be applied), not accepted as it used to be.
let mut g = 1.0;
g &= 2.0;
println!("{}", g);
// error: E0368 at 3:1
