// Ord's `max` on a type with a hand-written Ord would compare through the learner's `cmp`: not supported yet, never field by field.
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
// unsupported: `max` comparing `Version` through the program's own `PartialOrd`/`Ord` impl at 19:24
