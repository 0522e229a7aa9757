// sort_by_cached_key of 30 elements (past insertion sort's 20): one pairs buffer, keys made in order, the result sorted stably.
fn main() {
    let mut v: Vec<u32> = (0..30).map(|i| (i * 7) % 11).collect();
    v.sort_by_cached_key(|x| x.to_string());
    println!("{:?}", v);
}
// expect: [0, 0, 0, 1, 1, 10, 10, 10, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 7, 8, 8, 9, 9, 9]
