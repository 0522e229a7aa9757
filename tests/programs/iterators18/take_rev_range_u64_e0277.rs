// A range of u64 is no ExactSizeIterator (std counts only up to 32 bits and usize): `take(3).rev()` over it is rustc's E0277 at the `rev`.
fn main() {
    let last: Vec<u64> = (0..10u64).take(3).rev().collect();
    println!("{:?}", last);
}
// error: E0277 at 3:45
