// Regression (difftest): format! grows its String by each write std's formatter makes; a tuple's Debug writes "(", each field, ", " and ")" apart, so the String reaches 16 bytes, not 10.
let t = (1, "a");
let s = format!("{}-{:?}", 7, t);
println!("{} {}", s, s.capacity());
// expect: 7-(1, "a") 16
