// A Vec extended by `iter::repeat(x)` without a `take` panics with "capacity overflow" inside Vec's extend (TrustedLen with no upper bound).
fn main() {
    let mut v: Vec<i32> = vec![1];
    v.extend(std::iter::repeat(0));
    println!("{}", v.len());
}
// panic: capacity overflow
// panic-at: library/alloc/src/vec/mod.rs:4015:13
