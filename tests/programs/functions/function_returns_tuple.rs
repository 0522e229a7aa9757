// A function can return several values at once in a tuple.
fn min_max(v: &Vec<i32>) -> (i32, i32) {
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
    let v = vec![4, -2, 9, 7];
    let (lo, hi) = min_max(&v);
    println!("min {} max {}", lo, hi);
}
// expect: min -2 max 9
