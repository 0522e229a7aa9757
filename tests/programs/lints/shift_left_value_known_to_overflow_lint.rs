// rustc's overflow lint knows `1 << 30` is 1073741824, so multiplying it by 4 in an i32 is rejected.
fn main() {
    let s: i32 = 1 << 30;
    let t: i32 = s * 4;
    println!("{}", t);
}
// error: lint arithmetic_overflow at 4:18
