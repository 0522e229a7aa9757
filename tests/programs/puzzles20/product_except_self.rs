// LeetCode product of array except self (prefix and suffix passes) and Kadane's maximum subarray.
fn product_except_self(nums: &[i32]) -> Vec<i32> {
    let n = nums.len();
    let mut out = vec![1; n];
    let mut prefix = 1;
    for i in 0..n {
        out[i] = prefix;
        prefix *= nums[i];
    }
    let mut suffix = 1;
    for i in (0..n).rev() {
        out[i] *= suffix;
        suffix *= nums[i];
    }
    out
}

fn max_subarray(nums: &[i32]) -> i32 {
    let mut best = nums[0];
    let mut cur = 0;
    for &x in nums {
        cur = (cur + x).max(x);
        best = best.max(cur);
    }
    best
}

fn main() {
    println!("{:?}", product_except_self(&[1, 2, 3, 4]));
    println!("{:?}", product_except_self(&[-1, 1, 0, -3, 3]));
    println!("{}", max_subarray(&[-2, 1, -3, 4, -1, 2, 1, -5, 4]));
    println!("{}", max_subarray(&[-3, -1, -2]));
}
// expect: [24, 12, 8, 6]
// expect: [0, 0, 9, 0, 0]
// expect: 6
// expect: -1
