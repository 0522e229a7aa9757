// `Reverse` is not in Rust's prelude: without `use std::cmp::Reverse;` rustc cannot find it.
let r = Reverse(3);
println!("{:?}", r);
// error: E0425 at 2:9
// headline: differs: rustc lists every kind a call's path could name (`function, tuple struct or tuple variant`)
