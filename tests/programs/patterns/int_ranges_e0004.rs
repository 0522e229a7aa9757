// Integer ranges that leave a gap: E0004 lists the missing ranges (`4_u8..=9_u8`, `20_u8..=u8::MAX`) at the scrutinee.
fn main() {
    let n: u8 = 5;
    let size = match n {
        0..=3 => "small",
        10..=19 => "teen",
    };
    println!("{size}");
}
// error: E0004 at 4:22
