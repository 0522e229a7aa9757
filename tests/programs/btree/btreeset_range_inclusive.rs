// BTreeSet::range(a..=b) yields references to the elements between a and b, both included.
use std::collections::BTreeSet;

fn main() {
    let primes = BTreeSet::from([2u32, 3, 5, 7, 11, 13, 17, 19, 23]);
    let teens: Vec<&u32> = primes.range(10..=19).collect();
    println!("{:?}", teens);
    println!("{}", primes.range(20..).count());
}
// expect: [11, 13, 17, 19]
// expect: 1
