// Past 20 elements std's driftsort calls the closure in its own order; a comparison with no effect to show gives the one order a stable sort has.
let mut v: Vec<i32> = (0..21).rev().collect();
v.sort_by(|a, b| a.cmp(b));
println!("{}", v[0]);
// expect: 0
