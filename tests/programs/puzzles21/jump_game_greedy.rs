// LeetCode 55/45: can we reach the end, and in how few jumps, greedily with the farthest reach.
fn can_jump(nums: &[usize]) -> bool {
    let mut reach = 0;
    for (i, &n) in nums.iter().enumerate() {
        if i > reach {
            return false;
        }
        reach = reach.max(i + n);
    }
    true
}

fn min_jumps(nums: &[usize]) -> Option<u32> {
    if !can_jump(nums) {
        return None;
    }
    let (mut jumps, mut end, mut farthest) = (0, 0, 0);
    for i in 0..nums.len() - 1 {
        farthest = farthest.max(i + nums[i]);
        if i == end {
            jumps += 1;
            end = farthest;
        }
    }
    Some(jumps)
}

fn main() {
    for nums in [vec![2, 3, 1, 1, 4], vec![3, 2, 1, 0, 4], vec![0], vec![2, 0, 0], vec![1, 1, 1, 1]] {
        println!("{:?}: {} {:?}", nums, can_jump(&nums), min_jumps(&nums));
    }
}
// expect: [2, 3, 1, 1, 4]: true Some(2)
// expect: [3, 2, 1, 0, 4]: false None
// expect: [0]: true Some(0)
// expect: [2, 0, 0]: true Some(1)
// expect: [1, 1, 1, 1]: true Some(3)
