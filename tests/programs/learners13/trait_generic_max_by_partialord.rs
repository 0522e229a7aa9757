// A generic function over T: PartialOrd + Debug comparing a learner's derived-PartialOrd struct and tuples.
use std::fmt::Debug;

#[derive(Debug, PartialEq, PartialOrd, Clone, Copy)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

fn newest<T: PartialOrd + Debug>(a: T, b: T) -> T {
    if a >= b {
        println!("keep {:?} over {:?}", a, b);
        a
    } else {
        println!("take {:?} over {:?}", b, a);
        b
    }
}

fn main() {
    let v1 = Version { major: 1, minor: 4, patch: 2 };
    let v2 = Version { major: 1, minor: 10, patch: 0 };
    let n = newest(v1, v2);
    println!("newest = {:?}", n);
    println!("{:?}", newest((2, 'a'), (2, 'b')));
    println!("{:?}", newest("pear", "peach"));
    println!("v1 < v2: {}", v1 < v2);
}
// expect: take Version { major: 1, minor: 10, patch: 0 } over Version { major: 1, minor: 4, patch: 2 }
// expect: newest = Version { major: 1, minor: 10, patch: 0 }
// expect: take (2, 'b') over (2, 'a')
// expect: (2, 'b')
// expect: keep "pear" over "peach"
// expect: "pear"
// expect: v1 < v2: true
