// A `sort_by_key` key that bumps a `Cell` it borrows changes memory outside its own frame, which shows how often driftsort calls it: not supported past 20 elements.
use std::cell::Cell;
fn main() {
    let calls = Cell::new(0u32);
    let mut v: Vec<u32> = (0..25).map(|i| (i * 9) % 25).collect();
    v.sort_by_key(|x| {
        calls.set(calls.get() + 1);
        *x
    });
    println!("{} {}", v[0], calls.get());
}
// expect: 0 204
// unsupported: `sort_by_key` of more than 20 elements with a closure that changes what it captures at 6:7
