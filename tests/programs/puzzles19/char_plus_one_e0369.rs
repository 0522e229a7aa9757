// Adding 1 to a char is rejected (E0369: cannot add {integer} to char); go through u8 or char::from_u32.
fn main() {
    let c = 'a';
    let next = c + 1;
    println!("{next}");
}
// error: E0369 at 4:18
