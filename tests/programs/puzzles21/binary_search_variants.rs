// LeetCode 704/35/34: a hand-written binary search over a slice with usize bounds, and std's binary_search and partition_point.
fn search(nums: &[i32], target: i32) -> Option<usize> {
    let (mut lo, mut hi) = (0, nums.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if nums[mid] == target {
            return Some(mid);
        } else if nums[mid] < target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    None
}

fn range_of(nums: &[i32], target: i32) -> (i64, i64) {
    let first = nums.partition_point(|&x| x < target);
    let last = nums.partition_point(|&x| x <= target);
    if first == last { (-1, -1) } else { (first as i64, last as i64 - 1) }
}

fn main() {
    let nums = [-1, 0, 3, 5, 9, 12];
    for t in [9, 2, -1, 12, 13] {
        println!("{} -> {:?} {:?}", t, search(&nums, t), nums.binary_search(&t));
    }
    let dup = [5, 7, 7, 8, 8, 10];
    for t in [8, 6, 5] {
        println!("{} -> {:?}", t, range_of(&dup, t));
    }
    let insert_at = match nums.binary_search(&4) {
        Ok(i) | Err(i) => i,
    };
    println!("insert 4 at {}", insert_at);
}
// expect: 9 -> Some(4) Ok(4)
// expect: 2 -> None Err(2)
// expect: -1 -> Some(0) Ok(0)
// expect: 12 -> Some(5) Ok(5)
// expect: 13 -> None Err(6)
// expect: 8 -> (3, 4)
// expect: 6 -> (-1, -1)
// expect: 5 -> (0, 0)
// expect: insert 4 at 3
