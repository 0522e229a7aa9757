// `sort` on a type whose `Ord` is the program's own impl is "not supported yet": the run would compare it field by field, in another order than the impl's.
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
    let mut v = vec![Desc(1), Desc(3), Desc(2)];
    v.sort();
    println!("{:?}", v);
}
// expect: [Desc(3), Desc(2), Desc(1)]
// unsupported: `sort` comparing `Desc` through the program's own at 21:7
