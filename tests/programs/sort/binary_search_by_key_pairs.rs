// binary_search_by_key looks up a sorted slice of pairs by their second field, as std's documentation shows.
let s = [(0, 0), (2, 1), (4, 1), (5, 1), (3, 1), (1, 2), (2, 3), (4, 5), (5, 8), (3, 13), (1, 21), (2, 34), (4, 55)];
println!("{:?}", s.binary_search_by_key(&13, |&(_, b)| b));
println!("{:?}", s.binary_search_by_key(&4, |&(_, b)| b));
println!("{:?}", s.binary_search_by_key(&100, |&(_, b)| b));
// expect: Ok(9)
// expect: Err(7)
// expect: Err(13)
