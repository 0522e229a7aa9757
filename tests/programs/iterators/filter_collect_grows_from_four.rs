// filter's size hint has no lower bound, so collect allocates max(4, 0 + 1) at the first kept item and doubles when full.
let v: Vec<i32> = (1..=12).collect();
let evens: Vec<i32> = v.iter().filter(|x| **x % 2 == 0).copied().collect();
println!("{:?} cap {}", evens, evens.capacity());
let none: Vec<&i32> = v.iter().filter(|x| **x > 100).collect();
println!("{:?} cap {}", none, none.capacity());
// expect: [2, 4, 6, 8, 10, 12] cap 8
// expect: [] cap 0
