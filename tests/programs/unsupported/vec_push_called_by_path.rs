// `Vec::push(&mut v, 4)` is std's method called by its path: not supported yet (never a false E0599); `v.push(4)` runs.
let mut v = vec![1, 2, 3];
Vec::push(&mut v, 4);
println!("{:?}", v);
// expect: [1, 2, 3, 4]
// unsupported: std's `Vec::push` called by its path at 3:1
