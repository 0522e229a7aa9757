// split_at a byte inside a char panics inside core with the slicing message.
let s = "né";
let (a, b) = s.split_at(1);
println!("{} {}", a, b);
let (c, d) = s.split_at(2);
println!("{} {}", c, d);
// expect: n é
// panic: end byte index 2 is not a char boundary; it is inside 'é' (bytes 1..3) of `né`
// panic-at: library/core/src/str/mod.rs:849:21
