// A RangeInclusive<u8> is an ExactSizeIterator: `take(3).rev()` over it runs, from the third item down.
fn main() {
    let w: Vec<u8> = (b'a'..=b'z').take(3).rev().collect();
    println!("{:?}", w);
}
// expect: [99, 98, 97]
