// A Vec is not an iterator: `sum` called on it directly is rustc's E0599, not a method "not supported yet".
let v = vec![1, 2, 3];
let total: i32 = v.sum();
println!("{total}");
// error: E0599 at 3:20
// headline: differs: rustc finds Iterator's method through `&mut I: Iterator` and says it exists with unmet bounds
