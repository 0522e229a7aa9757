// A hand-written binary search on u64 for the integer square root, with lo + (hi - lo) / 2.
fn isqrt(n: u64) -> u64 {
    let (mut lo, mut hi) = (0u64, n.min(1 << 32));
    while lo < hi {
        let mid = lo + (hi - lo + 1) / 2;
        if mid * mid <= n {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo
}

fn main() {
    for n in [0u64, 1, 15, 16, 17, 1_000_000, 999_999_999_999] {
        println!("isqrt({n}) = {}", isqrt(n));
    }
}
// expect: isqrt(0) = 0
// expect: isqrt(1) = 1
// expect: isqrt(15) = 3
// expect: isqrt(16) = 4
// expect: isqrt(17) = 4
// expect: isqrt(1000000) = 1000
// expect: isqrt(999999999999) = 999999
