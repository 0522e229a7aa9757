// LeetCode 169/283/189: Boyer-Moore majority vote, moving zeroes in place with a write index, rotating with three reverses.
fn majority(nums: &[i32]) -> i32 {
    let mut candidate = 0;
    let mut count = 0;
    for &n in nums {
        if count == 0 {
            candidate = n;
        }
        count += if n == candidate { 1 } else { -1 };
    }
    candidate
}

fn move_zeroes(nums: &mut Vec<i32>) {
    let mut write = 0;
    for read in 0..nums.len() {
        if nums[read] != 0 {
            nums.swap(write, read);
            write += 1;
        }
    }
}

fn rotate(nums: &mut [i32], k: usize) {
    let n = nums.len();
    let k = k % n;
    nums.reverse();
    nums[..k].reverse();
    nums[k..].reverse();
}

fn main() {
    println!("{}", majority(&[2, 2, 1, 1, 1, 2, 2]));
    println!("{}", majority(&[3, 2, 3]));
    let mut v = vec![0, 1, 0, 3, 12];
    move_zeroes(&mut v);
    println!("{:?}", v);
    let mut r = [1, 2, 3, 4, 5, 6, 7];
    rotate(&mut r, 3);
    println!("{:?}", r);
    let mut r2 = vec![-1, -100, 3, 99];
    rotate(&mut r2, 6);
    println!("{:?}", r2);
}
// expect: 2
// expect: 3
// expect: [1, 3, 12, 0, 0]
// expect: [5, 6, 7, 1, 2, 3, 4]
// expect: [3, 99, -1, -100]
