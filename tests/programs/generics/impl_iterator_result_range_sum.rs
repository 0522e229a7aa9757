// A function returning `impl Iterator<Item = u32>` made of a range: the caller's `sum`, `max` and `for` see only the bound, the run counts the range.
fn below(n: u32) -> impl Iterator<Item = u32> {
    0..n
}

fn main() {
    let s: u32 = below(5).sum();
    println!("{} {:?}", s, below(3).max());
    for i in below(2) {
        println!("{}", i);
    }
}
// expect: 10 Some(2)
// expect: 0
// expect: 1
