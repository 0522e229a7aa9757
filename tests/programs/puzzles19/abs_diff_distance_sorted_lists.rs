// Two columns sorted and paired with zip; total distance with abs_diff; similarity with a count per value.
fn main() {
    let input = "3   4\n4   3\n2   5\n1   3\n3   9\n3   3";
    let mut left = Vec::new();
    let mut right = Vec::new();
    for line in input.lines() {
        let mut nums = line.split_whitespace().map(|s| s.parse::<u32>().unwrap());
        left.push(nums.next().unwrap());
        right.push(nums.next().unwrap());
    }
    left.sort();
    right.sort();
    let dist: u32 = left.iter().zip(&right).map(|(a, b)| a.abs_diff(*b)).sum();
    let sim: usize = left.iter().map(|&a| a as usize * right.iter().filter(|&&b| b == a).count()).sum();
    println!("{dist} {sim}");
}
// expect: 11 31
