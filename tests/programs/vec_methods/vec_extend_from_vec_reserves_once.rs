// Vec::extend with another Vec (its into_iter) reserves room for all of its elements at once, then frees the other Vec's buffer.
let mut v = vec![1, 2];
v.extend(vec![3, 4, 5]);
println!("{:?} len {} cap {}", v, v.len(), v.capacity());
// expect: [1, 2, 3, 4, 5] len 5 cap 5
