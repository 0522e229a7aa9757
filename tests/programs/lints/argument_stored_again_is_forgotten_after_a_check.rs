// An argument counts as stored on entry, so one stored again in the body is known only inside that block: an index's bounds check ends it, and the overflow after it panics at run time.
fn bump(mut step: u8, table: [u8; 3]) -> u8 {
    step = 200;
    let first = table[0];
    step + first + 100
}
fn main() {
    println!("{}", bump(1, [1, 2, 3]));
}
// panic: attempt to add with overflow
// panic-at: 5:5
