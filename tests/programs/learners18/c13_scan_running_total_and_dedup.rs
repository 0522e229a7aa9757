// scan for running totals, dedup_by_key on lowercase words, retain_mut and a last vowel by rev.
fn main() {
    let deposits = [10, -3, 7, -20, 5];
    let running: Vec<i32> = deposits
        .iter()
        .scan(0, |acc, &d| {
            *acc += d;
            Some(*acc)
        })
        .collect();
    println!("{running:?}");
    let mut words = vec!["Apple", "apple", "Bob", "BOB", "bob", "cat"];
    words.dedup_by_key(|w| w.to_lowercase());
    println!("{words:?}");
    let mut nums = vec![1, 2, 3, 4, 5, 6];
    nums.retain_mut(|n| {
        *n *= 3;
        *n % 2 == 0
    });
    println!("{nums:?}");
    let last_vowel = "programming".chars().rev().find(|c| "aeiou".contains(*c));
    println!("{last_vowel:?}");
}
// expect: [10, 7, 14, -6, -1]
// expect: ["Apple", "Bob", "cat"]
// expect: [6, 12, 18]
// expect: Some('i')
