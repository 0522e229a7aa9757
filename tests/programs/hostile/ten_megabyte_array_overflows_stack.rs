// A 10 MB array does not fit in main's 8 MiB stack: the program aborts with Rust's stack overflow report.
let a = [0u8; 10_000_000];
println!("{}", a.len());
// abort: thread 'main' has overflowed its stack
