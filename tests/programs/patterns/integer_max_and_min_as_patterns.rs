// `u8::MAX` and `u8::MIN` are patterns that match those values.
fn main() {
    let n = 255u8;
    match n {
        u8::MAX => println!("max"),
        u8::MIN => println!("min"),
        _ => println!("between"),
    }
}
// expect: max
