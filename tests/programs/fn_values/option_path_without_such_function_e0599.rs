// `Option::frobnicate(x)` names no function of Option: rustc's E0599 at the name, not a missing type.
let x = Some(3);
let y = Option::frobnicate(x);
println!("{:?}", y);
// error: E0599 at 3:17
// headline: differs: rustc says `variant or associated item` on an enum and prints its parameters (`Option<T>`)
