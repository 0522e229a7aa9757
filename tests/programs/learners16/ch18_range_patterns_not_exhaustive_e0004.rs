// u8 range patterns 0..=99 and 101..=255 miss 100: E0004.
fn main() {
    let x: u8 = 100;
    match x {
        0..=99 => println!("small"),
        101..=255 => println!("big"),
    }
}
// error: E0004 at 4:11
