// dedup_by_key with an allocating key (to_lowercase) and dedup_by merging runs into the kept element.
fn main() {
    let mut words = vec!["Apple", "apple", "Bob", "BOB", "bob", "cat", "Cat", "apple"];
    words.dedup_by_key(|w| w.to_lowercase());
    println!("{words:?}");
    let mut runs: Vec<(char, u32)> = "aaabccdd".chars().map(|c| (c, 1)).collect();
    runs.dedup_by(|cur, kept| {
        if cur.0 == kept.0 {
            kept.1 += cur.1;
            true
        } else {
            false
        }
    });
    println!("{runs:?}");
    let mut nums = vec![10, 11, 20, 25, 31, 39, 40];
    nums.dedup_by_key(|n| *n / 10);
    println!("{nums:?}");
    let mut one = vec![String::from("x")];
    one.dedup_by_key(|s| s.len());
    let mut none: Vec<String> = Vec::new();
    none.dedup_by(|a, b| a == b);
    println!("{one:?} {none:?}");
}
// expect: ["Apple", "Bob", "cat", "apple"]
// expect: [('a', 3), ('b', 1), ('c', 2), ('d', 2)]
// expect: [10, 20, 31, 40]
// expect: ["x"] []
