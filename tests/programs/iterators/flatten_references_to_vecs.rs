// `grid.iter().flatten()` yields references into each row; `flat_map(|r| r.iter())` the same.
let grid = vec![vec![1, 2], vec![3], vec![4, 5, 6]];
let sum: i32 = grid.iter().flatten().sum();
println!("{}", sum);
let big: Vec<&i32> = grid.iter().flat_map(|r| r.iter()).filter(|x| **x > 2).collect();
println!("{:?}", big);
// expect: 21
// expect: [3, 4, 5, 6]
