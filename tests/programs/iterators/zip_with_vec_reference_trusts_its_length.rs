// `zip(&b)` walks `b` as a slice's iterator, whose length std trusts: collecting the zipped pairs allocates exactly the shorter side's length once.
let a = vec![1, 2, 3];
let b = vec![10, 20, 30, 40];
let sums: Vec<i32> = a.iter().zip(&b).map(|(x, y)| x + y).collect();
println!("{:?} {}", sums, sums.capacity());
let pairs: Vec<(i32, &i32)> = b.iter().copied().zip(&a).collect();
println!("{:?} {}", pairs, pairs.capacity());
// expect: [11, 22, 33] 3
// expect: [(10, 1), (20, 2), (30, 3)] 3
