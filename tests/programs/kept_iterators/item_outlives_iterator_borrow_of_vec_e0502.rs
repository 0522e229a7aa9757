// An item taken with `next` still borrows the Vec the iterator walks: clearing the Vec while the item is used is E0502.
let mut v = vec![1, 2, 3];
let mut it = v.iter();
let first = it.next().unwrap();
v.clear();
println!("{first}");
// error: E0502 at 5:1
