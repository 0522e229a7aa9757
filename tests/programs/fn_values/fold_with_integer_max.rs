// `i32::max` is Ord's `max` for i32: `fold` calls it with the accumulator and each item.
fn main() {
    let v = vec![3, 9, 4];
    let m = v.iter().copied().fold(i32::MIN, i32::max);
    let n = v.into_iter().reduce(i32::min);
    println!("{} {:?}", m, n);
}
// expect: 9 Some(3)
