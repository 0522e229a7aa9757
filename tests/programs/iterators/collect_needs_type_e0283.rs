// collect cannot guess its collection: without an annotation or turbofish it is E0283.
let v = vec![1, 2, 3];
let w = v.iter().map(|x| x + 1).collect();
// error: E0283 at 3:5
