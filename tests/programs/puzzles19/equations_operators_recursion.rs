// Can operators + and * between numbers (left to right) reach the target? Recursion over a slice with u64 values.
fn can_make(target: u64, acc: u64, rest: &[u64]) -> bool {
    match rest.split_first() {
        None => acc == target,
        Some((&n, tail)) => {
            if acc > target {
                return false;
            }
            can_make(target, acc + n, tail) || can_make(target, acc * n, tail)
        }
    }
}

fn main() {
    let input = "190: 10 19\n3267: 81 40 27\n83: 17 5\n156: 15 6\n292: 11 6 16 20";
    let mut total = 0u64;
    for line in input.lines() {
        let (t, nums) = line.split_once(": ").unwrap();
        let target: u64 = t.parse().unwrap();
        let nums: Vec<u64> = nums.split(' ').map(|n| n.parse().unwrap()).collect();
        if can_make(target, nums[0], &nums[1..]) {
            total += target;
        }
    }
    println!("{total}");
}
// expect: 3749
