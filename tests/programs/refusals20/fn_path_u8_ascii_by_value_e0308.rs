// u8::is_ascii_digit called by its path wants &u8: passing the byte itself is E0308 at the argument.
fn main() {
    let b = b'x';
    println!("{}", u8::is_ascii_digit(b));
}
// error: E0308 at 4:39
