// A `sort_by` comparison that counts its calls in a captured variable shows how often std's driftsort calls it; past 20 elements that is not followed: not supported.
fn main() {
    let mut v: Vec<i32> = (0..30).map(|i| (i * 7) % 30).collect();
    let mut calls = 0;
    v.sort_by(|a, b| {
        calls += 1;
        a.cmp(b)
    });
    println!("{:?} after {} comparisons", &v[..3], calls);
}
// expect: [0, 1, 2] after 167 comparisons
// unsupported: `sort_by` of more than 20 elements with a closure that changes what it captures at 5:7
