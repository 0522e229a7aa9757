// `sort_by_key(|&x| Reverse(x))` sorts in descending order: std::cmp::Reverse orders its value the other way round.
use std::cmp::Reverse;
let mut v = vec![3, 1, 4, 1, 5];
v.sort_by_key(|&x| Reverse(x));
println!("{:?}", v);
// expect: [5, 4, 3, 1, 1]
