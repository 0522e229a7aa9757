// skip, take and step_by over a range or a slice keep an exact size hint, so collect allocates exactly.
let a: Vec<i32> = (0..20).skip(3).take(4).collect();
let b: Vec<&i32> = [1, 2, 3, 4, 5, 6, 7].iter().step_by(3).collect();
let c: Vec<i32> = (0..10).step_by(4).collect();
println!("{:?} {} {:?} {} {:?} {}", a, a.capacity(), b, b.capacity(), c, c.capacity());
// expect: [3, 4, 5, 6] 4 [1, 4, 7] 3 [0, 4, 8] 3
