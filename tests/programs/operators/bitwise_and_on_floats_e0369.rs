// `&` on two floats is error E0369 at the operator: f64 has no BitAnd (the checker used to accept it).
let x = 1.5_f64;
let y = 2.0_f64;
let z = x & y;
println!("{}", z);
// error: E0369 at 4:11
