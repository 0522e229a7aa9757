// unwrap_or_else on an Option takes a closure with no arguments: one taking an argument is E0593.
let n: Option<i32> = None;
let x = n.unwrap_or_else(|e| e);
// error: E0593 at 3:11
