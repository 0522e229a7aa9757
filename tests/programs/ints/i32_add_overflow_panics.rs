// Adding past i32's maximum panics in a debug build.
fn main() {
    let big: i32 = 2147483647;
    println!("{}", big);
    let next = big + 1;
    println!("{}", next);
}
// expect: 2147483647
// panic: attempt to add with overflow
// panic-at: 5:16
