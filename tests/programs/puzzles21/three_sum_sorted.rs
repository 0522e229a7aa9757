// LeetCode 15: unique triplets summing to zero, sorted input and two pointers, skipping duplicates.
fn three_sum(mut nums: Vec<i32>) -> Vec<[i32; 3]> {
    nums.sort();
    let mut out = Vec::new();
    for i in 0..nums.len() {
        if i > 0 && nums[i] == nums[i - 1] {
            continue;
        }
        let (mut lo, mut hi) = (i + 1, nums.len().wrapping_sub(1));
        while lo < hi && hi < nums.len() {
            let sum = nums[i] + nums[lo] + nums[hi];
            if sum < 0 {
                lo += 1;
            } else if sum > 0 {
                hi -= 1;
            } else {
                out.push([nums[i], nums[lo], nums[hi]]);
                while lo < hi && nums[lo] == nums[lo + 1] {
                    lo += 1;
                }
                lo += 1;
                hi -= 1;
            }
        }
    }
    out
}

fn main() {
    println!("{:?}", three_sum(vec![-1, 0, 1, 2, -1, -4]));
    println!("{:?}", three_sum(vec![0, 0, 0, 0]));
    println!("{:?}", three_sum(vec![1, 2]));
    println!("{:?}", three_sum(vec![-2, 0, 1, 1, 2]));
}
// expect: [[-1, -1, 2], [-1, 0, 1]]
// expect: [[0, 0, 0]]
// expect: []
// expect: [[-2, 0, 2], [-2, 1, 1]]
