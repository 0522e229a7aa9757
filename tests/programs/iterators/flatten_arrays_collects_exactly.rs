// Flattening arrays of a known length: std trusts the size (items left times N), so collect allocates once, exactly.
let rows = vec![[1, 2, 3], [4, 5, 6]];
let all: Vec<i32> = rows.into_iter().flatten().collect();
println!("{:?} {}", all, all.capacity());
// expect: [1, 2, 3, 4, 5, 6] 6
