// Negating a u32 with unary minus: E0600.
fn main() {
    let x: u32 = 5;
    let y = -x;
    println!("{}", y);
}
// error: E0600 at 4:13
