// sort_by's closure must return an Ordering, not a bool.
let mut v = vec![3, 1, 2];
v.sort_by(|a, b| a < b);
println!("{v:?}");
// error: E0308
