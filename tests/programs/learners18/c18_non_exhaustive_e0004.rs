// A match on an integer missing ranges is E0004.
fn main() {
    let n: u8 = 7;
    match n {
        0..=5 => println!("low"),
        10..=255 => println!("high"),
    }
}
// error: E0004 at 4:11
