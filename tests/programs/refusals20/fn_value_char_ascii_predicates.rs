// char's &self predicates named as values fit filter's &char: is_ascii_alphanumeric, is_ascii_whitespace, is_ascii_hexdigit; is_control and len_utf8 take the char by value.
fn main() {
    let s = "a1 b2\tff!";
    let kept: String = s.chars().filter(char::is_ascii_alphanumeric).collect();
    let spaces = s.chars().filter(char::is_ascii_whitespace).count();
    let hex: String = s.chars().filter(char::is_ascii_hexdigit).collect();
    let control = s.chars().any(char::is_control);
    let plain = s.chars().filter(char::is_ascii).count();
    let widths: Vec<usize> = "aé€".chars().map(char::len_utf8).collect();
    println!("{} {} {} {} {} {:?}", kept, spaces, hex, control, plain, widths);
}
// expect: a1b2ff 2 a1b2ff true 9 [1, 2, 3]
