// A closure kept in a variable that moves its capture out runs once only (FnOnce); map calls it per item (FnMut): E0525.
let s = String::from("x");
let v = vec![1, 2];
let give = move |_: &i32| s;
let w: Vec<String> = v.iter().map(give).collect();
// error: E0525 at 4:12
