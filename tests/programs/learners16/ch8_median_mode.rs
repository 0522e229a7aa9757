// Median (sorting a clone) and mode (a HashMap of counts, ties to the smallest) of a Vec<i32>.
use std::collections::HashMap;

fn median(v: &[i32]) -> f64 {
    let mut s = v.to_vec();
    s.sort();
    let n = s.len();
    if n % 2 == 0 {
        (s[n / 2 - 1] + s[n / 2]) as f64 / 2.0
    } else {
        s[n / 2] as f64
    }
}

fn mode(v: &[i32]) -> i32 {
    let mut counts = HashMap::new();
    for &x in v {
        *counts.entry(x).or_insert(0) += 1;
    }
    let mut best = (0, i32::MAX);
    for (&x, &c) in &counts {
        if c > best.0 || (c == best.0 && x < best.1) {
            best = (c, x);
        }
    }
    best.1
}

fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    println!("median {} mode {}", median(&v), mode(&v));
    let w = vec![4, 2, 2, 4];
    println!("median {} mode {}", median(&w), mode(&w));
}
// expect: median 4 mode 5
// expect: median 3 mode 2
