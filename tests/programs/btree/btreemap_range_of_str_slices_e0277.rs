// A `Range<&str>` on String keys is not a RangeBounds std can take (`String: Borrow<&str>` does not hold): rustc's E0277 at `range`.
use std::collections::BTreeMap;

fn main() {
    let m: BTreeMap<String, i32> = BTreeMap::new();
    println!("{}", m.range("b".."c").count());
}
// error: E0277 at 6:22
