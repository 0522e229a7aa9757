// u8's ASCII methods called by their paths take &u8 as std declares them: `u8::is_ascii_digit(&b)`, `u8::to_ascii_uppercase(&b)`.
fn main() {
    let b = b'x';
    println!("{} {}", u8::is_ascii_digit(&b), char::is_ascii_digit(&'7'));
    println!("{}", u8::to_ascii_uppercase(&b));
}
// expect: false true
// expect: 88
