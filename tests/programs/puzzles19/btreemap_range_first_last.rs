// BTreeMap as an ordered index: range(..) of keys, first_key_value and last_key_value, and pop_first.
use std::collections::BTreeMap;

fn main() {
    let mut events: BTreeMap<u32, &str> = BTreeMap::new();
    for (t, e) in "5:wake 1:sleep 9:eat 3:read".split(' ').map(|s| s.split_once(':').unwrap()) {
        events.insert(t.parse().unwrap(), e);
    }
    for (t, e) in events.range(2..6) {
        println!("{t} {e}");
    }
    println!("{:?} {:?}", events.first_key_value(), events.last_key_value());
    while let Some((t, e)) = events.pop_first() {
        print!("{t}{e} ");
    }
    println!();
}
// expect: 3 read
// expect: 5 wake
// expect: Some((1, "sleep")) Some((9, "eat"))
// expect: 1sleep 3read 5wake 9eat 
