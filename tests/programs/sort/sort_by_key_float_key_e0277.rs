// A key of f64 has no total order: sort_by_key needs Ord (E0277).
let mut v = vec![1.5, 0.5];
v.sort_by_key(|x| *x);
println!("{v:?}");
// error: E0277
