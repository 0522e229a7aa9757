// A Vec is not an iterator: calling map on it directly is E0599 (call iter() first).
let v = vec![1, 2, 3];
let w: Vec<i32> = v.map(|x| x + 1).collect();
// error: E0599 at 3:21
// headline: differs: rustc finds Iterator's method through `&mut I: Iterator` and says it exists with unmet bounds
