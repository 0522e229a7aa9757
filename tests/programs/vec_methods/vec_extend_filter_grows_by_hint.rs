// Vec::extend with a filter (no trusted length) pushes item by item, reserving the hint left plus one each time the Vec is full.
let mut v = vec![0];
v.extend((1..20).filter(|x| x % 3 == 0));
println!("{:?} cap {}", v, v.capacity());
// expect: [0, 3, 6, 9, 12, 15, 18] cap 8
