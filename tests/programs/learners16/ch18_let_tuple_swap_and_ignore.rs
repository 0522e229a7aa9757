// Tuple destructuring assignments: swapping with (a, b) = (b, a) and ignoring with _ in a let.
fn min_max(v: &[i32]) -> (i32, i32) {
    let mut lo = v[0];
    let mut hi = v[0];
    for &x in v {
        if x < lo {
            lo = x;
        }
        if x > hi {
            hi = x;
        }
    }
    (lo, hi)
}

fn main() {
    let (mut a, mut b) = (1, 2);
    (a, b) = (b, a);
    println!("{} {}", a, b);
    let (_, hi) = min_max(&[4, -2, 9]);
    let (lo, _) = min_max(&[4, -2, 9]);
    println!("{} {}", lo, hi);
}
// expect: 2 1
// expect: -2 9
