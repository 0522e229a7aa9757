// Regression (fuzzing): a float literal below the smallest subnormal threw std::out_of_range out of std::stod in the checker; rustc rounds it to 0.
let y = 1e-400;
println!("{}", y);
// expect: 0
