// Vec's remove, insert, retain, dedup, contains and truncate on a learner's list of numbers.
fn main() {
    let mut v = vec![1, 1, 2, 3, 3, 3, 4, 5, 5];
    v.dedup();
    println!("{:?}", v);
    let removed = v.remove(0);
    v.insert(1, 10);
    println!("{} {:?}", removed, v);
    v.retain(|&x| x % 2 == 0 || x > 4);
    println!("{:?} {}", v, v.contains(&10));
    v.truncate(1);
    println!("{:?} len {} cap {}", v, v.len(), v.capacity());
}
// expect: [1, 2, 3, 4, 5]
// expect: 1 [2, 10, 3, 4, 5]
// expect: [2, 10, 4, 5] true
// expect: [2] len 1 cap 9
