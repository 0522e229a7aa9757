// A tuple key `(Reverse(n), s)`: descending by the number, then ascending by the name.
use std::cmp::Reverse;
let mut v = vec![(2, "b"), (1, "a"), (2, "a")];
v.sort_by_key(|&(n, s)| (Reverse(n), s));
println!("{:?}", v);
// expect: [(2, "a"), (2, "b"), (1, "a")]
