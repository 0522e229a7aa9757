// `sort` of more than 20 elements of a type with its own Ord: driftsort calls its `lt` in an order the engine does not follow, which shows only through an effect; this `cmp` has none, so the one stable order is rustc's.
use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Desc(i32);

impl PartialOrd for Desc {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Desc {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.cmp(&self.0)
    }
}

fn main() {
    let mut v: Vec<Desc> = (0..21).map(|i| Desc(i * 5 % 21)).collect();
    v.sort();
    println!("{:?}", &v[..3]);
}
// expect: [Desc(20), Desc(19), Desc(18)]
