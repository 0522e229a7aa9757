// `map(Reverse)` passes std's tuple struct constructor as a function, so sorting by the wrapped values sorts descending.
use std::cmp::Reverse;

fn main() {
    let mut v: Vec<Reverse<i32>> = [3, 1, 2].iter().copied().map(Reverse).collect();
    v.sort();
    println!("{:?}", v);
}
// expect: [Reverse(3), Reverse(2), Reverse(1)]
