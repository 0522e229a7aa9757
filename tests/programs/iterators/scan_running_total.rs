// `scan` keeps a running total in its state, lent to the closure as `&mut` at each item.
let v = vec![1, 2, 3, 4];
let running: Vec<i32> = v.iter().scan(0, |acc, &x| { *acc += x; Some(*acc) }).collect();
println!("{:?}", running);
// expect: [1, 3, 6, 10]
