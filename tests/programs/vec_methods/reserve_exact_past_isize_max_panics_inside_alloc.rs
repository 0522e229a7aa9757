// reserve_exact for more than isize::MAX bytes panics with "capacity overflow" inside alloc, as reserve does (it wrapped the size and allocated).
let mut v: Vec<u64> = vec![1];
let more: usize = 1 << 60;
v.reserve_exact(more);
println!("{}", v.capacity());
// panic: capacity overflow
// panic-at: library/alloc/src/raw_vec/mod.rs:28:5
