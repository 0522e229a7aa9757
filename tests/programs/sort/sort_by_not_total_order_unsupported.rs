// A `sort_by` comparison that never answers Equal is no total order once two elements are equal: past 20 elements std's result (or its panic) would depend on driftsort's steps, not followed: not supported.
use std::cmp::Ordering;
fn main() {
    let mut v: Vec<u8> = (0..22).map(|i| (i * 3) % 7).collect();
    v.sort_by(|a, b| if a > b { Ordering::Greater } else { Ordering::Less });
    println!("{:?}", v);
}
// expect: [0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6]
// unsupported: `sort_by` of more than 20 elements by a comparison that is not a total order at 5:7
