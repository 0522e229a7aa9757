// Regression (difftest, seed 2703009343): after `*b = v` on a moved Box, rustc counts `*b` as holding a value, so a later `*b + 1` or `&*b` is no error of its own: the assignment is the one reported.
let mut b = Box::new(5);
let m = b;
println!("{}", m);
*b = 7;
let k = *b + 1;
let j = &*b;
println!("{} {}", k, j);
// error: E0382 at 5:1
