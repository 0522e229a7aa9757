// into_iter().map(..).collect() into the same element type reuses the Vec's buffer: no new allocation, same capacity.
let mut v = Vec::with_capacity(10);
v.push(1);
v.push(2);
v.push(3);
let w: Vec<i32> = v.into_iter().map(|x| x * 100).collect();
println!("{:?} cap {}", w, w.capacity());
// expect: [100, 200, 300] cap 10
