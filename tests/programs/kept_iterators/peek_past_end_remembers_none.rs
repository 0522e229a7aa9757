// Peeking past the end stores `Some(None)`: later `peek`s and `next` say None without asking the iterator again.
fn main() {
    let mut it = "x".chars().peekable();
    println!("{:?}", it.next());
    println!("{:?}", it.peek());
    println!("{:?}", it);
    println!("{:?}", it.peek());
    println!("{:?}", it.next());
    println!("{}", it.count());
}
// expect: Some('x')
// expect: None
// expect: Peekable { iter: Chars([]), peeked: Some(None) }
// expect: None
// expect: None
// expect: 0
