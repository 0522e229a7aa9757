// Regression (difftest): slicing a str past its end said "slice index starts at 1 but ends at 0"; std names the start byte index first, in str's own words.
let s = String::new();
println!("[{}]", s);
let t = &s[1..0];
println!("{}", t);
// expect: []
// panic: start byte index 1 is out of bounds of ``
// panic-at: 4:11
