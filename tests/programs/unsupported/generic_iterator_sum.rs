// An iterator passed to a generic `I: Iterator` function is named as not supported, never a wrong E0599 or a crash.
fn total<I: Iterator<Item = u32>>(it: I) -> u32 {
    it.sum()
}
fn main() {
    println!("{}", total(vec![1u32, 2].into_iter()));
}
// expect: 3
// unsupported: std's `sum` on a generic iterator
