// Mirage maintenance (AoC 2023 day 9): sequences extrapolated both ways by recursing on their windows' differences.
fn extrapolate(seq: &[i64]) -> (i64, i64) {
    if seq.iter().all(|&x| x == 0) {
        return (0, 0);
    }
    let diffs: Vec<i64> = seq.windows(2).map(|w| w[1] - w[0]).collect();
    let (before, after) = extrapolate(&diffs);
    (seq[0] - before, seq[seq.len() - 1] + after)
}

fn main() {
    let input = "0 3 6 9 12 15\n1 3 6 10 15 21\n10 13 16 21 30 45";
    let (mut back, mut fwd) = (0, 0);
    for line in input.lines() {
        let nums: Vec<i64> = line.split_whitespace().map(|n| n.parse().unwrap()).collect();
        let (b, f) = extrapolate(&nums);
        println!("{:?} -> {} .. {}", nums, b, f);
        back += b;
        fwd += f;
    }
    println!("{} {}", fwd, back);
}
// expect: [0, 3, 6, 9, 12, 15] -> -3 .. 18
// expect: [1, 3, 6, 10, 15, 21] -> 0 .. 28
// expect: [10, 13, 16, 21, 30, 45] -> 5 .. 68
// expect: 114 2
