// Regression (fuzzing): a float literal beyond f64::MAX threw std::out_of_range out of std::stod in the checker and killed the engine; rustc denies it with overflowing_literals.
let x = 1e400;
println!("{}", x);
// error: lint overflowing_literals at 2:9
