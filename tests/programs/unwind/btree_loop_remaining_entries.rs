// A panic in a `for` loop consuming a BTreeMap drops the loop's entry, then the entries not yet reached, freeing the tree's nodes as std's IntoIter does.
use std::collections::BTreeMap;

struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut map = BTreeMap::new();
    for k in [4u32, 1, 3, 2] {
        map.insert(k, Noisy(k * 10));
    }
    for (k, v) in map {
        if k == 2 {
            panic!("at key {}", k);
        }
        println!("key {} value {}", k, v.0);
    }
}

// expect: key 1 value 10
// expect: drop 10
// expect: drop 20
// expect: drop 30
// expect: drop 40
// panic: at key 2
// panic-at: 19:13
