// into_iter into a wider element type cannot reuse the buffer: a new exact allocation, then the old buffer is freed.
let v: Vec<u8> = vec![1, 2, 3];
let w: Vec<u32> = v.into_iter().map(|b| b as u32 * 1000).collect();
println!("{:?} cap {}", w, w.capacity());
// expect: [1000, 2000, 3000] cap 3
