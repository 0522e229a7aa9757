// A type alias of a HashMap is built with `Counts::new()` and filled through the alias's type.
use std::collections::HashMap;

type Counts = HashMap<String, u32>;

fn tally(words: &[&str]) -> Counts {
    let mut c = Counts::new();
    for w in words {
        *c.entry(w.to_string()).or_insert(0) += 1;
    }
    c
}

fn main() {
    let c = tally(&["a", "b", "a"]);
    println!("{:?} {:?} {}", c.get("a"), c.get("z"), c.len());
}
// expect: Some(2) None 2
