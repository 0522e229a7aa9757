// HashSet: insert reporting duplicates, union, difference, intersection, symmetric difference (sorted for printing).
use std::collections::HashSet;

fn sorted(v: Vec<&i32>) -> Vec<i32> {
    let mut out: Vec<i32> = v.into_iter().copied().collect();
    out.sort();
    out
}

fn main() {
    let mut a: HashSet<i32> = vec![1i32, 2, 3].into_iter().collect();
    let mut b: HashSet<i32> = vec![2i32, 3, 4].into_iter().collect();
    assert!(a.insert(4));
    assert!(a.contains(&4));
    println!("{}", b.insert(4));
    b.insert(5);
    println!("Union: {:?}", sorted(a.union(&b).collect()));
    println!("Difference: {:?}", sorted(a.difference(&b).collect()));
    println!("Intersection: {:?}", sorted(a.intersection(&b).collect()));
    println!("Symmetric Difference: {:?}", sorted(a.symmetric_difference(&b).collect()));
}
// expect: false
// expect: Union: [1, 2, 3, 4, 5]
// expect: Difference: [1]
// expect: Intersection: [2, 3, 4]
// expect: Symmetric Difference: [1, 5]
