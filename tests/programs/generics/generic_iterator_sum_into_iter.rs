// A Vec's into_iter passed to a generic `I: Iterator<Item = u32>` function is summed by its instance, the buffer freed once spent.
fn total<I: Iterator<Item = u32>>(it: I) -> u32 {
    it.sum()
}
fn main() {
    println!("{}", total(vec![1u32, 2].into_iter()));
}
// expect: 3
