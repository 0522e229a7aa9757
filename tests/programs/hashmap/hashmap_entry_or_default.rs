// or_default inserts the value type's default (0 here) for a missing key.
use std::collections::HashMap;

fn main() {
    let mut tally: HashMap<char, u32> = HashMap::new();
    for c in "banana".chars() {
        *tally.entry(c).or_default() += 1;
    }
    println!("{} {} {}", tally[&'a'], tally[&'n'], tally[&'b']);
}
// expect: 3 2 1
