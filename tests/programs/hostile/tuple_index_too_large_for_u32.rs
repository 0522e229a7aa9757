// Regression (fuzzing): a tuple index too large for u32 threw std::out_of_range out of the parser and killed the engine; it is E0609.
let t = (1,);
let y = t.99999999999999999999;
println!("{}", y);
// error: E0609 at 3:11
// headline: differs: the engine reads the tuple index as a u32 (4294967295) where rustc repeats the literal
