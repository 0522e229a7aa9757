// A panic in a snippet names the learner's own line and column.
let v = vec![10, 20];
println!("{}", v[0]);
let i = 2;
println!("{}", v[i]);
// expect: 10
// panic: index out of bounds: the len is 2 but the index is 2
// panic-at: 5:17
