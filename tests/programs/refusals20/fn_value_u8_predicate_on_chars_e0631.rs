// u8::is_ascii_digit named as a value takes &u8: filtering chars() with it is E0631 (found fn(&u8) -> bool).
fn main() {
    let code = "a1b2";
    let n = code.chars().filter(u8::is_ascii_digit).count();
    println!("{}", n);
}
// error: E0631 at 4:33
