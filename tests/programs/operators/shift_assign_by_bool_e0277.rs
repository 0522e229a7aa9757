// Shifting by a bool with `<<=` is error E0277 (no `i32 <<= bool`); the checker used to accept it.
let mut bits: i32 = 1;
let flag = true;
bits <<= flag;
println!("{}", bits);
// error: E0277 at 4:6
