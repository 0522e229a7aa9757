// Vec editing methods in turn: retain, drain of a prefix, dedup, truncate, extend_from_slice, insert, remove, swap, split_at.
fn main() {
    let mut v: Vec<i32> = (1..=12).collect();
    v.retain(|&x| x % 3 != 0);
    println!("{:?}", v);
    let drained: Vec<i32> = v.drain(..3).collect();
    println!("{:?} {:?}", drained, v);
    let mut w = vec![1, 1, 2, 2, 2, 3, 1];
    w.dedup();
    println!("{:?}", w);
    w.truncate(2);
    w.extend_from_slice(&[7, 8]);
    w.insert(1, 99);
    let removed = w.remove(0);
    println!("{:?} removed {}", w, removed);
    w.swap(0, 2);
    println!("{:?} contains 8? {}", w, w.contains(&8));
    let (left, right) = w.split_at(2);
    println!("{:?} {:?}", left, right);
}
// expect: [1, 2, 4, 5, 7, 8, 10, 11]
// expect: [1, 2, 4] [5, 7, 8, 10, 11]
// expect: [1, 2, 3, 1]
// expect: [99, 2, 7, 8] removed 1
// expect: [7, 2, 99, 8] contains 8? true
// expect: [7, 2] [99, 8]
