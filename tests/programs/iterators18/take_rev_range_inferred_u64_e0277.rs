// The range's element is known only from the collect's target (u64): `(0..10).take(3).rev()` over a Range<u64> is rustc's E0277 at the `rev`, checked once inference is done.
fn main() {
    let x: Vec<u64> = (0..10).take(3).rev().collect();
    println!("{:?}", x);
}
// error: E0277 at 3:39
