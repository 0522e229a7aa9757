// `sort` of more than 20 elements of a type whose own Ord prints: driftsort calls its `lt` in an order the engine does not follow, which the printing shows: not supported.
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
        println!("cmp {} {}", self.0, other.0);
        other.0.cmp(&self.0)
    }
}

fn main() {
    let mut v: Vec<Desc> = (0..21).map(|i| Desc(i * 5 % 21)).collect();
    v.sort();
    println!("{:?}", &v[..3]);
}
// expect: cmp 5 0
// expect: cmp 10 5
// expect: cmp 15 10
// expect: cmp 20 15
// expect: cmp 4 20
// expect: cmp 5 0
// expect: cmp 15 10
// expect: cmp 15 5
// expect: cmp 10 0
// expect: cmp 10 5
// expect: cmp 4 20
// expect: cmp 14 9
// expect: cmp 14 20
// expect: cmp 9 4
// expect: cmp 9 14
// expect: cmp 20 15
// expect: cmp 4 0
// expect: cmp 14 15
// expect: cmp 4 5
// expect: cmp 14 10
// expect: cmp 9 5
// expect: cmp 9 10
// expect: cmp 9 10
// expect: cmp 13 8
// expect: cmp 2 18
// expect: cmp 18 13
// expect: cmp 2 8
// expect: cmp 8 13
// expect: cmp 12 7
// expect: cmp 1 17
// expect: cmp 17 12
// expect: cmp 1 7
// expect: cmp 7 12
// expect: cmp 17 18
// expect: cmp 1 2
// expect: cmp 17 13
// expect: cmp 7 2
// expect: cmp 12 13
// expect: cmp 7 8
// expect: cmp 12 8
// expect: cmp 12 8
// expect: cmp 19 0
// expect: cmp 19 4
// expect: cmp 19 5
// expect: cmp 19 9
// expect: cmp 19 10
// expect: cmp 19 14
// expect: cmp 19 15
// expect: cmp 19 20
// expect: cmp 3 0
// expect: cmp 3 4
// expect: cmp 6 1
// expect: cmp 6 2
// expect: cmp 6 7
// expect: cmp 11 1
// expect: cmp 11 2
// expect: cmp 11 6
// expect: cmp 11 7
// expect: cmp 11 8
// expect: cmp 11 12
// expect: cmp 16 1
// expect: cmp 16 2
// expect: cmp 16 6
// expect: cmp 16 7
// expect: cmp 16 8
// expect: cmp 16 11
// expect: cmp 16 12
// expect: cmp 16 13
// expect: cmp 16 17
// expect: cmp 18 20
// expect: cmp 1 0
// expect: cmp 18 19
// expect: cmp 1 3
// expect: cmp 18 15
// expect: cmp 2 3
// expect: cmp 17 15
// expect: cmp 6 3
// expect: cmp 16 15
// expect: cmp 6 4
// expect: cmp 13 15
// expect: cmp 6 5
// expect: cmp 13 14
// expect: cmp 6 9
// expect: cmp 13 10
// expect: cmp 7 9
// expect: cmp 12 10
// expect: cmp 8 9
// expect: cmp 11 10
// expect: cmp 11 9
// expect: [Desc(20), Desc(19), Desc(18)]
// unsupported: `sort` of more than 20 elements with its own `PartialOrd` impl that prints at 22:7
