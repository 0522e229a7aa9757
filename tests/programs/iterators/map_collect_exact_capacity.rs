// map over a slice iterator collects with one exact allocation: std trusts the size (TrustedLen), so even 2 items get capacity 2.
let v = vec![3, 4];
let squares: Vec<i32> = v.iter().map(|x| x * x).collect();
println!("{:?} cap {}", squares, squares.capacity());
// expect: [9, 16] cap 2
