// LeetCode 70/746: climbing stairs counted with a memo HashMap through recursion, and min cost climbing bottom-up.
use std::collections::HashMap;

fn ways(n: u64, memo: &mut HashMap<u64, u64>) -> u64 {
    if n <= 2 {
        return n;
    }
    if let Some(&w) = memo.get(&n) {
        return w;
    }
    let w = ways(n - 1, memo) + ways(n - 2, memo);
    memo.insert(n, w);
    w
}

fn min_cost(cost: &[u32]) -> u32 {
    let mut dp = vec![0; cost.len() + 1];
    for i in 2..=cost.len() {
        dp[i] = (dp[i - 1] + cost[i - 1]).min(dp[i - 2] + cost[i - 2]);
    }
    dp[cost.len()]
}

fn main() {
    let mut memo = HashMap::new();
    for n in [1, 2, 3, 5, 10, 45, 80] {
        println!("ways({}) = {}", n, ways(n, &mut memo));
    }
    println!("memo size: {}", memo.len());
    println!("{}", min_cost(&[10, 15, 20]));
    println!("{}", min_cost(&[1, 100, 1, 1, 1, 100, 1, 1, 100, 1]));
}
// expect: ways(1) = 1
// expect: ways(2) = 2
// expect: ways(3) = 3
// expect: ways(5) = 8
// expect: ways(10) = 89
// expect: ways(45) = 1836311903
// expect: ways(80) = 37889062373143906
// expect: memo size: 78
// expect: 15
// expect: 6
