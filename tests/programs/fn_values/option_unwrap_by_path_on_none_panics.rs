// `Option::unwrap(x)` on a None panics at the call, as `x.unwrap()` does.
let x: Option<i32> = None;
let n = Option::unwrap(x);
println!("{}", n);
// panic: called `Option::unwrap()` on a `None` value
// panic-at: 3:9
