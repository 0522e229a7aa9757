// Past 20 elements std's driftsort calls the closure in its own order, which the engine does not follow yet.
let mut v: Vec<i32> = (0..21).rev().collect();
v.sort_by(|a, b| a.cmp(b));
println!("{}", v[0]);
// expect: 0
// unsupported: `sort_by` of more than 20 elements
