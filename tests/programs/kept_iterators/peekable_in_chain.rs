// `peekable()` in a chain consumed where it is made passes every item through; its size hint is its iterator's.
fn main() {
    let v = vec![1, 2, 3, 4];
    let doubled: Vec<i32> = v.iter().peekable().map(|x| x * 2).collect();
    println!("{:?} {}", doubled, doubled.capacity());
    let n = "héllo".chars().peekable().count();
    println!("{}", n);
    for (i, c) in "ab".chars().peekable().enumerate() {
        println!("{} {}", i, c);
    }
}
// expect: [2, 4, 6, 8] 4
// expect: 5
// expect: 0 a
// expect: 1 b
