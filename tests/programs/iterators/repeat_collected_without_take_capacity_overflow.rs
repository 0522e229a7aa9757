// `iter::repeat(x)` collected without a `take`: TrustedLen with no upper bound, so std's Vec panics with "capacity overflow" inside alloc before pulling anything.
fn main() {
    let all: Vec<u8> = std::iter::repeat(7).collect();
    println!("{}", all.len());
}
// panic: capacity overflow
// panic-at: library/alloc/src/vec/spec_from_iter_nested.rs:57:18
