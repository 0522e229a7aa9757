// map needs something callable: an integer there is E0277.
let v = vec![1, 2, 3];
let w: Vec<i32> = v.iter().map(5).collect();
println!("{:?}", w);
// error: E0277 at 3:32
