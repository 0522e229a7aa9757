// LeetCode merge intervals: [i32; 2] intervals sorted by start and merged through last_mut.
fn merge(mut intervals: Vec<[i32; 2]>) -> Vec<[i32; 2]> {
    intervals.sort_by_key(|iv| iv[0]);
    let mut out: Vec<[i32; 2]> = Vec::with_capacity(intervals.len());
    for iv in intervals {
        if let Some(last) = out.last_mut() {
            if iv[0] <= last[1] {
                last[1] = last[1].max(iv[1]);
                continue;
            }
        }
        out.push(iv);
    }
    out
}

fn main() {
    println!("{:?}", merge(vec![[1, 3], [2, 6], [8, 10], [15, 18]]));
    println!("{:?}", merge(vec![[1, 4], [4, 5]]));
    println!("{:?}", merge(vec![[4, 7], [1, 4]]));
    println!("{:?}", merge(vec![]));
}
// expect: [[1, 6], [8, 10], [15, 18]]
// expect: [[1, 5]]
// expect: [[1, 7]]
// expect: []
