// `max_by_key` and `min_by_key` whose key has its own Ord call the key's `cmp(&best_key, &key)` at each item.
use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
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
        self.major.cmp(&other.major).then(self.minor.cmp(&other.minor))
    }
}

struct Release {
    name: &'static str,
    version: Version,
}

fn main() {
    let releases = vec![
        Release { name: "a", version: Version { major: 1, minor: 4 } },
        Release { name: "b", version: Version { major: 2, minor: 0 } },
        Release { name: "c", version: Version { major: 1, minor: 9 } },
    ];
    let newest = releases.iter().max_by_key(|r| r.version).unwrap();
    let oldest = releases.iter().min_by_key(|r| r.version).unwrap();
    println!("{} {}", newest.name, oldest.name);
}
// expect: cmp 1.4 2.0
// expect: cmp 2.0 1.9
// expect: cmp 1.4 2.0
// expect: cmp 1.4 1.9
// expect: b a
