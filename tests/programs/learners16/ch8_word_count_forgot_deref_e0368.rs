// map.entry(w).or_insert(0) += 1 without the `*`: E0368 on &mut {integer}.
use std::collections::HashMap;

fn main() {
    let mut map = HashMap::new();
    for w in "a b a".split(' ') {
        map.entry(w).or_insert(0) += 1;
    }
    println!("{}", map.len());
}
// error: E0368 at 7:9
