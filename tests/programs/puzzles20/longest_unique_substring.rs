// LeetCode longest substring without repeats: a sliding window whose start jumps past the last index of a repeated char (HashMap<char, usize>).
use std::collections::HashMap;

fn length_of_longest_substring(s: &str) -> usize {
    let mut last: HashMap<char, usize> = HashMap::new();
    let mut start = 0;
    let mut best = 0;
    for (i, c) in s.chars().enumerate() {
        if let Some(&j) = last.get(&c) {
            if j >= start {
                start = j + 1;
            }
        }
        last.insert(c, i);
        best = best.max(i + 1 - start);
    }
    best
}

fn main() {
    for s in ["abcabcbb", "bbbbb", "pwwkew", "", "dvdf", "abba"] {
        println!("{:?} -> {}", s, length_of_longest_substring(s));
    }
}
// expect: "abcabcbb" -> 3
// expect: "bbbbb" -> 1
// expect: "pwwkew" -> 3
// expect: "" -> 0
// expect: "dvdf" -> 3
// expect: "abba" -> 2
