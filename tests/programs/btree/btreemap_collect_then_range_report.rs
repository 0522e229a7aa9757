// Grades collected into a BTreeMap by score, then a range picks the passing ones in order.
use std::collections::BTreeMap;

fn main() {
    let results = vec![("zoe", 72), ("max", 48), ("ida", 91), ("leo", 60)];
    let by_score: BTreeMap<u32, &str> = results.iter().map(|&(n, s)| (s, n)).collect();
    for (score, name) in by_score.range(60..) {
        println!("{name} {score}");
    }
}
// expect: leo 60
// expect: zoe 72
// expect: ida 91
