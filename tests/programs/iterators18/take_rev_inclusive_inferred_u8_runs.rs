// `1..=3` whose element the collect's target makes u8 is a RangeInclusive<u8>, an ExactSizeIterator: `take(2).rev()` runs.
fn main() {
    let w: Vec<u8> = (1..=3).take(2).rev().collect();
    println!("{:?}", w);
}
// expect: [2, 1]
