// Blank-line separated groups of numbers summed; the largest and the top three totals (sort_unstable, rev).
const INPUT: &str = "1000
2000
3000

4000

5000
6000

7000
8000
9000

10000";

fn main() {
    let mut totals: Vec<u64> = INPUT
        .split("\n\n")
        .map(|group| group.lines().map(|l| l.parse::<u64>().unwrap()).sum())
        .collect();
    totals.sort_unstable();
    println!("max = {}", totals.last().unwrap());
    let top3: u64 = totals.iter().rev().take(3).sum();
    println!("top three = {}", top3);
}
// expect: max = 24000
// expect: top three = 45000
