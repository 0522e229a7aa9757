// is_subset, is_superset and is_disjoint compare two HashSets by membership, whatever their order.
use std::collections::HashSet;

fn main() {
    let all: HashSet<&str> = HashSet::from(["a", "b", "c"]);
    let some: HashSet<&str> = HashSet::from(["b", "a"]);
    let other: HashSet<&str> = HashSet::from(["z"]);
    println!("{} {} {}", some.is_subset(&all), all.is_superset(&some), all.is_subset(&some));
    println!("{} {}", some.is_disjoint(&other), some.is_disjoint(&all));
}
// expect: true true false
// expect: true false
