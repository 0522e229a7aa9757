// `1..=3` falls back to RangeInclusive<i32>, which is no ExactSizeIterator (std counts only 8 and 16 bits there): `zip(1..=3).rev()` is rustc's E0277 at the `rev`.
fn main() {
    let v = vec![10, 20, 30];
    let w: Vec<(&i32, i32)> = v.iter().zip(1..=3).rev().collect();
    println!("{:?}", w);
}
// error: E0277 at 4:51
