// Only a `u8` can be cast to `char` with `as`: casting a `u32` is error E0604.
fn main() {
    let code: u32 = 65;
    let c = code as char;
    println!("{}", c);
}
// error: E0604 at 4:13
