// Cloning a kept Peekable over chars copies its position and what it peeked: each goes on on its own.
fn main() {
    let mut it = "abc".chars().peekable();
    it.peek();
    let copy = it.clone();
    println!("{:?}", copy);
    println!("{:?}", it.next());
    let rest: String = copy.collect();
    println!("{} {:?}", rest, it.next());
}
// expect: Peekable { iter: Chars(['b', 'c']), peeked: Some(Some('a')) }
// expect: Some('a')
// expect: abc Some('b')
