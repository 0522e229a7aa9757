// A suffix such as `u8` or `i64` gives an integer literal its type; `_` separates digits.
fn main() {
    let a = 255u8;
    let b = 1_000_000i64;
    let c = 7usize;
    let d = -40i16;
    let e = 4_000_000_000u32;
    println!("{} {} {} {} {}", a, b, c, d, e);
}
// expect: 255 1000000 7 -40 4000000000
