// `*c.entry('a').or_default() += 1` where nothing ever names the map's value type: rustc's E0282 at the `let` of the map, not E0368 at the `+=`.
use std::collections::HashMap;

fn main() {
    let mut c = HashMap::new();
    *c.entry('a').or_default() += 1;
    println!("{:?}", c);
}
// error: E0282 at 5:9
