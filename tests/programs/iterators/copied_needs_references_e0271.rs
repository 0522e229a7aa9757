// copied() turns &T items into T: on an iterator of values it is E0271 (its items are not references).
let v = vec![1, 2];
let w: Vec<i32> = v.into_iter().copied().collect();
// error: E0271 at 3:33
