// The chapter 8 exercise: median by sorting a copy, mode by a HashMap of counts (ties to the smallest).
use std::collections::HashMap;

fn median(v: &[i32]) -> f64 {
    let mut s = v.to_vec();
    s.sort();
    let mid = s.len() / 2;
    if s.len() % 2 == 0 {
        (s[mid - 1] + s[mid]) as f64 / 2.0
    } else {
        s[mid] as f64
    }
}

fn mode(v: &[i32]) -> Option<i32> {
    let mut counts = HashMap::new();
    for &x in v {
        *counts.entry(x).or_insert(0) += 1;
    }
    let mut best: Option<(i32, i32)> = None;
    for (&x, &c) in &counts {
        best = match best {
            Some((bx, bc)) if bc > c || (bc == c && bx < x) => Some((bx, bc)),
            _ => Some((x, c)),
        };
    }
    best.map(|(x, _)| x)
}

fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    println!("median {}", median(&v));
    println!("mode {:?}", mode(&v));
    let w = vec![4, 2, 2, 4];
    println!("median {} mode {:?}", median(&w), mode(&w));
    println!("mode {:?}", mode(&[]));
}
// expect: median 4
// expect: mode Some(5)
// expect: median 3 mode Some(2)
// expect: mode None
