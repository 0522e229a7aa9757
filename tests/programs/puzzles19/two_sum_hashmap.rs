// LeetCode-style two_sum: a HashMap from value to index, returning Option<(usize, usize)>.
use std::collections::HashMap;

fn two_sum(nums: &[i32], target: i32) -> Option<(usize, usize)> {
    let mut seen = HashMap::new();
    for (i, &n) in nums.iter().enumerate() {
        if let Some(&j) = seen.get(&(target - n)) {
            return Some((j, i));
        }
        seen.insert(n, i);
    }
    None
}

fn main() {
    println!("{:?}", two_sum(&[2, 7, 11, 15], 9));
    println!("{:?}", two_sum(&[3, 2, 4], 6));
    println!("{:?}", two_sum(&[1, 2], 7));
}
// expect: Some((0, 1))
// expect: Some((1, 2))
// expect: None
