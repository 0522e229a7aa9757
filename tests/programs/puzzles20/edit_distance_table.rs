// LeetCode: edit distance over a 2-D table of chars, and the longest common prefix by zipping bytes with take_while.
fn min_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut dp = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in 0..=a.len() {
        dp[i][0] = i;
    }
    for j in 0..=b.len() {
        dp[0][j] = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            dp[i][j] = if a[i - 1] == b[j - 1] {
                dp[i - 1][j - 1]
            } else {
                1 + dp[i - 1][j - 1].min(dp[i - 1][j]).min(dp[i][j - 1])
            };
        }
    }
    dp[a.len()][b.len()]
}

fn longest_common_prefix(strs: &[&str]) -> String {
    let first = match strs.first() {
        Some(f) => *f,
        None => return String::new(),
    };
    let mut len = first.len();
    for s in &strs[1..] {
        len = len.min(first.bytes().zip(s.bytes()).take_while(|(x, y)| x == y).count());
    }
    first[..len].to_string()
}

fn main() {
    println!("{}", min_distance("horse", "ros"));
    println!("{}", min_distance("intention", "execution"));
    println!("{:?}", longest_common_prefix(&["flower", "flow", "flight"]));
    println!("{:?}", longest_common_prefix(&["dog", "racecar", "car"]));
}
// expect: 3
// expect: 5
// expect: "fl"
// expect: ""
