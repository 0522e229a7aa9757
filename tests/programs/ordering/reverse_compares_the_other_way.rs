// `Reverse(a) < Reverse(b)` holds when `a > b`; its Debug shows the wrapper, `.0` the value.
use std::cmp::Reverse;
let a = Reverse(2);
let b = Reverse(7);
println!("{} {:?} {:?}", a < b, a.cmp(&b), a.max(b));
println!("{}", b.0);
// expect: false Greater Reverse(2)
// expect: 7
