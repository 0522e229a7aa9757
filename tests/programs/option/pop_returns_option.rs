// `pop()` returns `Some(last)` until the Vec is empty, then `None`.
fn main() {
    let mut v = vec![1, 2];
    println!("{:?}", v.pop());
    println!("{:?}", v.pop());
    println!("{:?}", v.pop());
    println!("{:?}", v);
}
// expect: Some(2)
// expect: Some(1)
// expect: None
// expect: []
