// inspect calls its closure with a reference to each item as it passes, and is not trusted for size.
let v: Vec<i32> = [5, 6].iter().inspect(|x| println!("saw {}", x)).map(|x| x + 1).collect();
println!("{:?} cap {}", v, v.capacity());
// expect: saw 5
// expect: saw 6
// expect: [6, 7] cap 4
