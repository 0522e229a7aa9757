// A kept `v.iter().map(|x| x * 2)` is std's Map around the slice's Iter: `next` calls the closure on one item at a time.
fn main() {
    let v = vec![1, 2, 3];
    let mut it = v.iter().map(|x| x * 2);
    println!("{:?}", it.next());
    println!("{:?}", it.next());
    println!("{:?}", it);
    let rest: Vec<i32> = it.collect();
    println!("{:?}", rest);
}
// expect: Some(2)
// expect: Some(4)
// expect: Map { iter: Iter([3]) }
// expect: [6]
