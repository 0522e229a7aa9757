// `sort` and `sort_unstable` on a type with its own PartialOrd and Ord call its partial_cmp (PartialOrd's default `lt`) pair by pair, in insertion sort's order; binary_search calls its cmp.
use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Desc(i32);

impl PartialOrd for Desc {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        println!("partial_cmp {} {}", self.0, other.0);
        Some(self.cmp(other))
    }
}

impl Ord for Desc {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.cmp(&self.0)
    }
}

fn main() {
    let mut v = vec![Desc(1), Desc(3), Desc(2), Desc(5), Desc(4)];
    v.sort();
    println!("{:?}", v);
    let mut w = vec![Desc(9), Desc(7), Desc(8)];
    w.sort_unstable();
    println!("{:?}", w);
    println!("{:?}", v.binary_search(&Desc(2)));
    println!("{:?}", v.binary_search(&Desc(0)));
}
// expect: partial_cmp 3 1
// expect: partial_cmp 2 1
// expect: partial_cmp 2 3
// expect: partial_cmp 5 1
// expect: partial_cmp 5 2
// expect: partial_cmp 5 3
// expect: partial_cmp 4 1
// expect: partial_cmp 4 2
// expect: partial_cmp 4 3
// expect: partial_cmp 4 5
// expect: [Desc(5), Desc(4), Desc(3), Desc(2), Desc(1)]
// expect: partial_cmp 7 9
// expect: partial_cmp 8 7
// expect: partial_cmp 8 9
// expect: [Desc(9), Desc(8), Desc(7)]
// expect: Ok(3)
// expect: Err(5)
