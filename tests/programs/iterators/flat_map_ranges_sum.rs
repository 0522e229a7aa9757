// `flat_map` to a range per item: (1..=3).flat_map(|n| 0..n) counts 0, 0 1, 0 1 2; collecting ranges grows by their size hints.
let total: i32 = (1..=3).flat_map(|n| 0..n).sum();
println!("{}", total);
let squares: Vec<u32> = (1..4u32).flat_map(|n| n * n..n * n + 2).collect();
println!("{:?}", squares);
// expect: 4
// expect: [1, 2, 4, 5, 9, 10]
