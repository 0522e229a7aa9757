// Ord's `max` on a type with a hand-written Ord compares through the learner's impl (`other < self`, its partial_cmp then cmp), never field by field.
use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Version { major: u32, minor: u32 }

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> { Some(self.cmp(other)) }
}
impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        self.major.cmp(&other.major).then(other.minor.cmp(&self.minor))
    }
}

fn main() {
    let a = Version { major: 1, minor: 2 };
    let b = Version { major: 1, minor: 5 };
    println!("{:?}", a.max(b));
}
// expect: Version { major: 1, minor: 2 }
