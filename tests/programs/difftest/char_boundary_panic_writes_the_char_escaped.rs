// Regression (difftest): slicing inside a char names that char as Debug writes it, so a no-break space is '\u{a0}'.
let s = "a\u{a0}b";
let piece: &str = &s[1..2];
println!("{}", piece);
// panic: end byte index 2 is not a char boundary; it is inside '\u{a0}' (bytes 1..3) of `a b`
// panic-at: 3:21
