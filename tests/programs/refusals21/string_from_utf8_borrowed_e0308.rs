// String::from_utf8 takes the Vec by value: giving it a &[u8] is E0308 (str::from_utf8 is the one that borrows).
fn main() {
    let bytes = [104u8, 105];
    let s = String::from_utf8(&bytes).unwrap();
    println!("{}", s);
}
// error: E0308 at 4:31
