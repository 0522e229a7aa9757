// Asking for a terabyte fails like Rust's allocator: "memory allocation of N bytes failed", then an abort.
let v = vec![0u8; 1 << 40];
println!("{}", v.len());
// abort: memory allocation of 1099511627776 bytes failed
