// Two peek() calls of one Peekable in one println! keep its &mut twice: E0499.
fn main() {
    let mut p = [1, 2, 3].iter().peekable();
    println!("{:?} {:?} {:?}", p.peek(), p.next(), p.peek());
}
// error: E0499 at 4:42
