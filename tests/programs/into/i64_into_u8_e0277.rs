// An i64 variable `.into()` a u8 is E0277 at `into`: no lossless From<i64> for u8.
fn main() {
    let x: i64 = 5;
    let a: u8 = x.into();
}
// error: E0277 at 4:19
