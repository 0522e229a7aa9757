// sort then dedup to count distinct values; dedup only removes consecutive repeats, shown before sorting.
fn main() {
    let mut v: Vec<i32> = "3,1,3,3,2,1,2,5".split(',').map(|s| s.trim().parse().unwrap()).collect();
    let mut raw = v.clone();
    raw.dedup();
    println!("{:?}", raw);
    v.sort_unstable();
    v.dedup();
    println!("{:?} {}", v, v.len());
}
// expect: [3, 1, 3, 2, 1, 2, 5]
// expect: [1, 2, 3, 5] 4
