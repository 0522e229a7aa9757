// A range of u8 bounds for i32 keys, which rustc rejects (E0277, RangeBounds<i32>), gets the engine's "not supported yet" rather than a made-up answer.
use std::collections::BTreeMap;

fn main() {
    let m: BTreeMap<i32, i32> = BTreeMap::new();
    let r = 1u8..3u8;
    println!("{}", m.range(r).count());
}
// error: E0277 at 7:28
// headline: differs: rustc prints std's ambiguous names in full (`std::ops::Range`)
