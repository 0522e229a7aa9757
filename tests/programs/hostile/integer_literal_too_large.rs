// An integer literal beyond u128::MAX is "integer literal is too large", not a wrapped value.
let x = 999999999999999999999999999999999999999999;
println!("{}", x);
// error: "integer literal is too large" at 2:9
