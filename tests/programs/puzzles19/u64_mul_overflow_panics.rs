// A product of u64 values overflows and panics in debug; checked_mul would have returned None.
fn main() {
    let nums: Vec<u64> = "1000000 3000000 5000000 7000000".split(' ').map(|s| s.parse().unwrap()).collect();
    println!("{:?}", nums.iter().try_fold(1u64, |acc, &n| acc.checked_mul(n)));
    let mut product = 1u64;
    for n in &nums {
        product *= n;
        println!("{product}");
    }
}
// expect: None
// expect: 1000000
// expect: 3000000000000
// expect: 15000000000000000000
// panic: attempt to multiply with overflow
// panic-at: 7:9
