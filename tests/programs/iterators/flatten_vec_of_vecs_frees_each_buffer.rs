// `flatten` over Vecs by value: each inner Vec's buffer is freed once its items are spent, before the next one is taken.
let nested = vec![vec![1, 2], vec![], vec![3, 4, 5]];
let flat: Vec<i32> = nested.into_iter().flatten().collect();
println!("{:?}", flat);
// expect: [1, 2, 3, 4, 5]
