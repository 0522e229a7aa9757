// `&1..&6` on a BTreeMap keyed by `&i32` is ambiguous: T may be i32 (through `Range<&T>`) or `&i32` (the key itself), so rustc asks for annotations at `range`.
use std::collections::BTreeMap;
fn main() {
    let (x, y) = (5, 9);
    let r: BTreeMap<&i32, char> = [(&x, 'x'), (&y, 'y')].into_iter().collect();
    println!("{:?}", r.range(&1..&6).collect::<Vec<_>>());
}
// error: E0283 at 6:24
