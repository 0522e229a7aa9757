// A BTreeSet's difference hints at least its length less the other's, so a collect of it reserves that much at once, as std's.
use std::collections::BTreeSet;

fn main() {
    let a: BTreeSet<u32> = (0..30).collect();
    let b: BTreeSet<u32> = (10..14).collect();
    let rest: Vec<u32> = a.difference(&b).copied().collect();
    println!("{} {}", rest.len(), rest.capacity());
    let c: BTreeSet<u32> = (0..30).filter(|x| x % 3 == 0).collect();
    let u: Vec<&u32> = b.union(&c).collect();
    println!("{:?} {}", u, u.capacity());
}
// expect: 26 26
// expect: [0, 3, 6, 9, 10, 11, 12, 13, 15, 18, 21, 24, 27] 20
