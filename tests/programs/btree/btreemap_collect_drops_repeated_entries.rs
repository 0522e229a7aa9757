// Collecting into a BTreeMap drops the earlier entry of each repeated key while it builds the tree: its key, then its value.
use std::collections::BTreeMap;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let pairs = vec![(2, Noisy("two")), (1, Noisy("one")), (2, Noisy("deux"))];
    let m: BTreeMap<i32, Noisy> = pairs.into_iter().collect();
    println!("built {}", m.len());
    println!("{}", m[&2].0);
}
// expect: drop two
// expect: built 2
// expect: deux
// expect: drop one
// expect: drop deux
