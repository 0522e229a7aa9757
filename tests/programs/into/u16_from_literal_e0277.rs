// `u16::from(5)`: u16 has From<u8> and From<u16>, so the literal falls back to i32, and there is no From<i32>: E0277 as rustc.
fn main() {
    let n = u16::from(5);
    println!("{}", n);
}
// error: E0277 at 3:13
