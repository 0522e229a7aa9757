// fold building a String, reduce finding a max, scan for running totals, all printed step by step.
fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let s = v.iter().fold(String::new(), |mut acc, n| {
        if !acc.is_empty() {
            acc.push(',');
        }
        acc.push_str(&n.to_string());
        acc
    });
    println!("folded: {}", s);
    let max = v.iter().copied().reduce(|a, b| {
        println!("  compare {} {}", a, b);
        if a >= b { a } else { b }
    });
    println!("max: {:?}", max);
    let running: Vec<i32> = v.iter().scan(0, |total, &x| {
        *total += x;
        Some(*total)
    }).collect();
    println!("running: {:?}", running);
    let empty: Vec<i32> = Vec::new();
    println!("reduce of empty: {:?}", empty.into_iter().reduce(|a, b| a + b));
}
// expect: folded: 3,1,4,1,5,9,2,6
// expect:   compare 3 1
// expect:   compare 3 4
// expect:   compare 4 1
// expect:   compare 4 5
// expect:   compare 5 9
// expect:   compare 9 2
// expect:   compare 9 6
// expect: max: Some(9)
// expect: running: [3, 4, 8, 9, 14, 23, 25, 31]
// expect: reduce of empty: None
