// A Filter is no ExactSizeIterator: its len() is rustc's E0599 (it was "not supported yet"); count() is the way.
fn main() {
    let v = vec![1, 2, 3, 4];
    let n = v.iter().filter(|x| **x > 1).len();
    println!("{}", n);
}
// error: E0599 at 4:42
// headline: differs: rustc names std's generic struct by its declaration (`Filter<I, P>`)
