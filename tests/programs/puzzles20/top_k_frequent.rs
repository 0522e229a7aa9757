// LeetCode top k frequent: counts in a HashMap moved into frequency buckets, read from the most frequent down.
use std::collections::HashMap;

fn top_k_frequent(nums: &[i32], k: usize) -> Vec<i32> {
    let mut freq: HashMap<i32, usize> = HashMap::new();
    for &n in nums {
        *freq.entry(n).or_insert(0) += 1;
    }
    let mut buckets: Vec<Vec<i32>> = vec![Vec::new(); nums.len() + 1];
    for (n, f) in freq {
        buckets[f].push(n);
    }
    let mut out = Vec::new();
    for b in buckets.iter_mut().rev() {
        b.sort();
        for &n in b.iter() {
            if out.len() < k {
                out.push(n);
            }
        }
    }
    out
}

fn main() {
    println!("{:?}", top_k_frequent(&[1, 1, 1, 2, 2, 3], 2));
    println!("{:?}", top_k_frequent(&[1], 1));
    println!("{:?}", top_k_frequent(&[4, 4, 5, 5, 6], 2));
}
// expect: [1, 2]
// expect: [1]
// expect: [4, 5]
