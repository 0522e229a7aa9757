// trim_matches searches from both ends at once, which a &str pattern cannot: E0277 at the pattern (trim_start_matches takes one).
let s = "xxaxx";
println!("{}", s.trim_start_matches("x"));
println!("{}", s.trim_matches("x"));
// error: E0277 at 4:31
