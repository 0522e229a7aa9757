// Adding a u32 to a u8 without a cast is E0308.
fn main() {
    let a: u8 = 3;
    let b: u32 = 4;
    let c = a + b;
    println!("{}", c);
}
// error: E0308 at 5:17
