// LeetCode DP classics: coin change with usize::MAX as infinity, climbing stairs, and the longest increasing subsequence with binary_search.
fn coin_change(coins: &[usize], amount: usize) -> i32 {
    let mut dp = vec![usize::MAX; amount + 1];
    dp[0] = 0;
    for a in 1..=amount {
        for &c in coins {
            if c <= a && dp[a - c] != usize::MAX {
                dp[a] = dp[a].min(dp[a - c] + 1);
            }
        }
    }
    if dp[amount] == usize::MAX { -1 } else { dp[amount] as i32 }
}

fn climb_stairs(n: u32) -> u64 {
    let (mut a, mut b) = (1u64, 1u64);
    for _ in 0..n {
        let t = a + b;
        a = b;
        b = t;
    }
    a
}

fn lis(nums: &[i32]) -> usize {
    let mut tails: Vec<i32> = Vec::new();
    for &x in nums {
        match tails.binary_search(&x) {
            Ok(_) => {}
            Err(i) if i == tails.len() => tails.push(x),
            Err(i) => tails[i] = x,
        }
    }
    tails.len()
}

fn main() {
    println!("{} {} {}", coin_change(&[1, 2, 5], 11), coin_change(&[2], 3), coin_change(&[1], 0));
    println!("{} {} {}", climb_stairs(2), climb_stairs(3), climb_stairs(45));
    println!("{} {}", lis(&[10, 9, 2, 5, 3, 7, 101, 18]), lis(&[7, 7, 7]));
}
// expect: 3 -1 0
// expect: 2 3 1836311903
// expect: 4 1
