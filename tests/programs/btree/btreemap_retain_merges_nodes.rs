// `BTreeMap::retain` on a two-level tree: rejected entries are removed in key order as `remove` removes them, so leaves merge and the emptied root's level is freed exactly when std frees them; each rejected String is dropped after its removal.
use std::collections::BTreeMap;

fn main() {
    let mut m: BTreeMap<i32, String> = (0..30).map(|i| (i, format!("v{i}"))).collect();
    m.retain(|k, v| {
        v.push('+');
        k % 5 == 0
    });
    println!("{:?}", m);
    println!("{}", m.len());
}
// expect: {0: "v0+", 5: "v5+", 10: "v10+", 15: "v15+", 20: "v20+", 25: "v25+"}
// expect: 6
