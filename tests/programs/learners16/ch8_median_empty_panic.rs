// A median of an empty Vec indexes s[0 - 1]: the subtraction overflows usize and panics.
fn median(v: &[i32]) -> i32 {
    let mut s = v.to_vec();
    s.sort();
    let n = s.len();
    if n % 2 == 0 {
        (s[n / 2 - 1] + s[n / 2]) / 2
    } else {
        s[n / 2]
    }
}

fn main() {
    println!("{}", median(&[5, 1, 3]));
    println!("{}", median(&[]));
}
// expect: 3
// panic: attempt to subtract with overflow
// panic-at: 7:12
