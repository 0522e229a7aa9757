// Vec::extend with a number is E0277 at the argument: an integer is not an iterator.
let mut v = vec![1];
v.extend(5);
println!("{:?}", v);
// error: E0277 at 3:10
