// `[1, 2, 3].into_iter()` iterates the integers themselves, not references.
let total: i32 = [1, 2, 3].into_iter().map(|x| x * 2).sum();
println!("{}", total);
let v: Vec<i32> = [4, 5].into_iter().collect();
println!("{:?} {}", v, v.capacity());
// expect: 12
// expect: [4, 5] 2
