// Regression (difftest): a float's runs of zeros are written 64 at a time, and its exact digits stop where flt2dec's buffer ends, so format! of f64::MAX or of 1.0 to 100 places grows in steps.
let a = format!("{} ", f64::MAX);
println!("{} {}", a.len(), a.capacity());
let b = format!("{:.100} ", 1.0);
println!("{} {}", b.len(), b.capacity());
let c = format!("{:.70e} ", 5u8);
println!("{} {}", c.len(), c.capacity());
// expect: 310 324
// expect: 103 124
// expect: 75 132
