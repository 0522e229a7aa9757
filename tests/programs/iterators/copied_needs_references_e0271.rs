// copied() turns &T items into T: on an iterator of values it is E0271 (its items are not references).
let v = vec![1, 2];
let w: Vec<i32> = v.into_iter().copied().collect();
// error: E0271 at 3:33
// headline: differs: rustc 1.95 words an Item mismatch of an iterator as `expected ... to be an iterator that yields`
