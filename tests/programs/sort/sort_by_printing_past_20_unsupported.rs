// A `sort_by` comparison that prints shows how often and on which pairs std's driftsort calls it; past 20 elements that order is not followed: not supported.
fn main() {
    let mut v: Vec<i32> = (0..21).map(|i| (i * 7) % 21).collect();
    v.sort_by(|a, b| {
        println!("{} {}", a, b);
        a.cmp(b)
    });
    println!("{:?}", v);
}
// expect: 7 0
// expect: 14 7
// expect: 0 14
// expect: 7 0
// expect: 0 14
// expect: 0 0
// expect: 14 7
// expect: 0 7
// expect: 14 7
// expect: 7 0
// expect: 0 7
// expect: 7 14
// expect: 7 7
// expect: 0 0
// expect: 14 14
// expect: 0 0
// expect: 7 14
// expect: 0 7
// expect: 7 7
// expect: 7 7
// expect: 7 7
// expect: 14 7
// expect: 7 0
// expect: 0 7
// expect: 7 14
// expect: 7 7
// expect: 0 14
// expect: 14 7
// expect: 7 0
// expect: 14 14
// expect: 7 14
// expect: 0 0
// expect: 14 14
// expect: 0 7
// expect: 14 14
// expect: 7 7
// expect: 7 14
// expect: 7 7
// expect: 7 7
// expect: 14 14
// expect: 0 14
// expect: 0 14
// expect: 0 14
// expect: 0 7
// expect: 0 7
// expect: 0 7
// expect: 0 0
// expect: 0 14
// expect: 0 14
// expect: 0 14
// expect: 0 7
// expect: 0 7
// expect: 0 7
// expect: 0 0
// expect: 7 14
// expect: 7 14
// expect: 7 14
// expect: 7 7
// expect: 14 14
// expect: 0 0
// expect: 14 14
// expect: 0 0
// expect: 14 14
// expect: 0 0
// expect: 14 14
// expect: 0 0
// expect: 14 14
// expect: 0 7
// expect: 7 14
// expect: 0 7
// expect: 7 14
// expect: 0 7
// expect: 7 14
// expect: 7 7
// expect: 7 7
// expect: 7 7
// expect: 7 7
// expect: 7 7
// expect: 7 7
// expect: [0, 0, 0, 0, 0, 0, 0, 7, 7, 7, 7, 7, 7, 7, 14, 14, 14, 14, 14, 14, 14]
// unsupported: `sort_by` of more than 20 elements with a closure that prints at 4:7
