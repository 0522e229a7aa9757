// `windows(0)` panics at the call: a window size must be non-zero.
let v = vec![1, 2, 3];
let n = v.len() - 3;
println!("{}", v.windows(n).count());
// panic: window size must be non-zero
// panic-at: 4:18
