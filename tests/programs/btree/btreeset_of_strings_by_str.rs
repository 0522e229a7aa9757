// A BTreeSet<String> is searched and removed from with a &str; iterating it gives the strings in order.
use std::collections::BTreeSet;

fn main() {
    let mut seen = BTreeSet::new();
    for w in "to be or not to be".split(' ') {
        seen.insert(w.to_string());
    }
    println!("{} {} {}", seen.contains("be"), seen.remove("or"), seen.remove("or"));
    for w in &seen {
        println!("{w}");
    }
}
// expect: true true false
// expect: be
// expect: not
// expect: to
