// `windows(3)` slides a three-element view along the Vec: one window per start position.
let v = vec![1, 2, 3, 4, 5];
let sums: Vec<i32> = v.windows(3).map(|w| w.iter().sum::<i32>()).collect();
println!("{:?}", sums);
println!("{}", v.windows(9).count());
// expect: [6, 9, 12]
// expect: 0
