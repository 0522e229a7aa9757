// `a.max(b)` and `a.min(b)` on a type with its own Ord call its `partial_cmp(&b, &a)` once (std's `other < self`): max gives b on a tie, min gives a; the other is dropped.
use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Version {
    major: u32,
    minor: u32,
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        println!("cmp {}.{} {}.{}", self.major, self.minor, other.major, other.minor);
        self.major.cmp(&other.major).then(other.minor.cmp(&self.minor))
    }
}

impl Drop for Version {
    fn drop(&mut self) {
        println!("drop {}.{}", self.major, self.minor);
    }
}

fn main() {
    let a = Version { major: 1, minor: 2 };
    let b = Version { major: 1, minor: 5 };
    let hi = a.max(b);
    println!("{:?}", hi);
    let c = Version { major: 2, minor: 0 };
    let d = Version { major: 2, minor: 0 };
    let lo = c.min(d);
    println!("{:?}", lo);
}
// expect: cmp 1.5 1.2
// expect: drop 1.5
// expect: Version { major: 1, minor: 2 }
// expect: cmp 2.0 2.0
// expect: drop 2.0
// expect: Version { major: 2, minor: 0 }
// expect: drop 2.0
// expect: drop 1.2
