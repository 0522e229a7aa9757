// `insert` allows index == len (append) but panics past it.
fn main() {
    let mut v = vec![1, 2, 3];
    let end = v.len();
    v.insert(end, 4);
    println!("{:?}", v);
    v.insert(end + 2, 5);
    println!("{:?}", v);
}
// expect: [1, 2, 3, 4]
// panic: insertion index (is 5) should be <= len (is 4)
// panic-at: 7:7
