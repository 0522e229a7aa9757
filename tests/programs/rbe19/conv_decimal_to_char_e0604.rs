// Casting a float straight to char is E0604: only u8 casts to char.
fn main() {
    let decimal = 65.4321_f32;
    let character = decimal as char;
    println!("{}", character);
}
// error: E0604 at 4:21
