// A block's tail is its value: `let n: i16 = { i16::MIN };` is known to rustc's lint as i16::MIN, so `-n` is arithmetic_overflow at compile time (the engine ran it and panicked).
fn main() {
    let n: i16 = { i16::MIN };
    let m: i16 = -n;
    println!("{}", m);
}
// error: lint arithmetic_overflow at 4:18
