// `Vec::len(&v)` and `i32::max(a, b)`: std's methods called by their paths.
let v = vec![1, 2, 3];
println!("{}", Vec::len(&v));
println!("{}", i32::max(3, 9));
// expect: 3
// expect: 9
