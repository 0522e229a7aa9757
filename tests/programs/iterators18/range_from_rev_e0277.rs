// `(1..).rev()`: RangeFrom is no DoubleEndedIterator, rustc's E0277 at the range inside its parentheses (the engine counted nothing down before).
fn main() {
    for x in (1..).rev().take(2) {
        println!("{}", x);
    }
}
// error: E0277 at 3:15
