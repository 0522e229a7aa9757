// An unsuffixed literal converted to a number takes the one type of its kind the target has a From impl for (u8 from 5, f32 from 2.5); with several it falls back to i32.
fn main() {
    let a = u8::from(5);
    let b: u8 = 7.into();
    let c: f32 = 2.5.into();
    let d: i64 = 5.into();
    let e: f64 = 3.into();
    println!("{} {} {} {} {}", a, b, c, d, e);
}
// expect: 5 7 2.5 5 3
