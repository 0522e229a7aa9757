// Adapter chain (AoC 2020 day 10): jolt differences counted in an array by windows, arrangements counted by a memoised recursion (HashMap) and by a DP table.
use std::collections::HashMap;

fn arrangements(adapters: &[u32], i: usize, memo: &mut HashMap<usize, u64>) -> u64 {
    if i == adapters.len() - 1 {
        return 1;
    }
    if let Some(&v) = memo.get(&i) {
        return v;
    }
    let mut total = 0;
    for j in i + 1..adapters.len() {
        if adapters[j] - adapters[i] > 3 {
            break;
        }
        total += arrangements(adapters, j, memo);
    }
    memo.insert(i, total);
    total
}

fn main() {
    let input = "16\n10\n15\n5\n1\n11\n7\n19\n6\n12\n4";
    let mut jolts: Vec<u32> = input.lines().map(|l| l.parse().unwrap()).collect();
    jolts.push(0);
    jolts.sort();
    jolts.push(jolts[jolts.len() - 1] + 3);
    let mut diffs = [0usize; 4];
    for w in jolts.windows(2) {
        diffs[(w[1] - w[0]) as usize] += 1;
    }
    println!("{:?} -> {}", diffs, diffs[1] * diffs[3]);
    let mut memo = HashMap::new();
    println!("ways: {}", arrangements(&jolts, 0, &mut memo));
    let mut ways = vec![0u64; jolts.len()];
    ways[0] = 1;
    for i in 1..jolts.len() {
        for j in (0..i).rev() {
            if jolts[i] - jolts[j] > 3 { break; }
            ways[i] += ways[j];
        }
    }
    println!("dp: {}", ways.last().unwrap());
}
// expect: [0, 7, 0, 5] -> 35
// expect: ways: 8
// expect: dp: 8
