// i32::pow overflowing panics with "attempt to multiply with overflow"; checked_pow gives None instead.
fn main() {
    let base: i32 = 10;
    println!("{:?}", base.checked_pow(10));
    for e in 8..11 {
        println!("{}", base.pow(e));
    }
}
// expect: None
// expect: 100000000
// expect: 1000000000
// panic: attempt to multiply with overflow
// panic-at: library/core/src/num/mod.rs:394:5
