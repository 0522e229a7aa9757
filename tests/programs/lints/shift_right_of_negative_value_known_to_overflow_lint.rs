// rustc's overflow lint knows an arithmetic shift keeps the sign: `-128i8 >> 1` is -64, so `* 3` is rejected.
fn main() {
    let n: i8 = -128 >> 1;
    let m: i8 = n * 3;
    println!("{}", m);
}
// error: lint arithmetic_overflow at 4:17
