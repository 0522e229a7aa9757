// Grains on a chessboard: 2u64.pow(n - 1) per square; the total is u64::MAX; pow past 63 overflows and panics.
fn square(n: u32) -> u64 {
    2u64.pow(n - 1)
}

fn main() {
    println!("{}", square(1));
    println!("{}", square(64));
    let total: u64 = (1..=64).map(square).sum();
    println!("{} {}", total, total == u64::MAX);
    println!("{}", i64::pow(3, 4));
    println!("{}", square(65));
}
// expect: 1
// expect: 9223372036854775808
// expect: 18446744073709551615 true
// expect: 81
// panic: attempt to multiply with overflow
// panic-at: library/core/src/num/mod.rs:1274:5
