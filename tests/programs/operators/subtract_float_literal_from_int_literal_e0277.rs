// `1 - 1.0` is error E0277 at the `-` (only `+` has the "a float to an integer" wording).
let d = 1 - 1.0;
println!("{}", d);
// error: E0277 at 2:11
