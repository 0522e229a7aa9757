// Splitting by a &str cannot run backwards, so `.rev()` on it is E0277 at `rev`; by a char it can.
let s = "a,b";
println!("{}", s.split(',').rev().count());
println!("{}", s.split(",").rev().count());
// error: E0277 at 4:29
