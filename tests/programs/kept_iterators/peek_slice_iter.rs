// `peek` on a kept `v.iter().peekable()` returns `Option<&&i32>`; `next` then hands out the same item, and `{:?}` prints std's Peekable.
fn main() {
    let v = vec![10, 20, 30];
    let mut it = v.iter().peekable();
    println!("{:?}", it.peek());
    println!("{:?}", it);
    println!("{:?}", it.next());
    println!("{:?}", it);
    println!("{:?}", it.next());
    println!("{:?}", it.peek());
    println!("{:?}", it.next());
    println!("{:?}", it.peek());
    println!("{:?}", it);
    println!("{:?}", it.next());
}
// expect: Some(10)
// expect: Peekable { iter: Iter([20, 30]), peeked: Some(Some(10)) }
// expect: Some(10)
// expect: Peekable { iter: Iter([20, 30]), peeked: None }
// expect: Some(20)
// expect: Some(30)
// expect: Some(30)
// expect: None
// expect: Peekable { iter: Iter([]), peeked: Some(None) }
// expect: None
