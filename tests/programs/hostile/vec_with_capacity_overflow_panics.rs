// Asking for 2^61 u64s overflows isize::MAX bytes before any allocation: Rust panics with "capacity overflow".
let v: Vec<u64> = Vec::with_capacity(1 << 61);
println!("{}", v.capacity());
// panic: capacity overflow
// panic-at: library/alloc/src/raw_vec/mod.rs:28:5
