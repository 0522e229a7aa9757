// LeetCode 14: the longest common prefix, by shrinking a &str slice while it is not a prefix of each word.
fn longest_common_prefix(words: &[&str]) -> String {
    let mut prefix = match words.first() {
        Some(w) => *w,
        None => return String::new(),
    };
    for w in &words[1..] {
        while !w.starts_with(prefix) {
            prefix = &prefix[..prefix.len() - 1];
        }
    }
    prefix.to_string()
}

fn main() {
    let tests: [&[&str]; 4] = [&["flower", "flow", "flight"], &["dog", "racecar", "car"], &["interview", "internet", "interval"], &[]];
    for t in tests.iter() {
        println!("{:?} -> {:?}", t, longest_common_prefix(t));
    }
}
// expect: ["flower", "flow", "flight"] -> "fl"
// expect: ["dog", "racecar", "car"] -> ""
// expect: ["interview", "internet", "interval"] -> "inter"
// expect: [] -> ""
