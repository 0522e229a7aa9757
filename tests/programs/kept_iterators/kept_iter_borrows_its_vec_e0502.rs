// `v.iter()` kept in a variable borrows `v` while it lives, so pushing to `v` before its last use is E0502.
let mut v = vec![1, 2, 3];
let mut it = v.iter();
v.push(4);
println!("{:?}", it.next());
// error: E0502 at 4:1
