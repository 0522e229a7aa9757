// `(0..).zip(v.iter()).rev()`: an endless range has no back, rustc's E0277 (RangeFrom: DoubleEndedIterator) at the `rev`.
fn main() {
    let v = vec!['x', 'y'];
    for (i, c) in (0..).zip(v.iter()).rev() {
        println!("{} {}", i, c);
    }
}
// error: E0277 at 4:39
