// `#![allow(unconditional_panic)]` lets a known out-of-bounds index compile; the run panics there.
#![allow(unconditional_panic)]
fn main() {
    let a = [1, 2, 3];
    println!("{}", a[0]);
    println!("{}", a[5]);
}
// expect: 1
// panic: index out of bounds: the len is 3 but the index is 5
// panic-at: 6:20
