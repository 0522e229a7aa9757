// `filter` passes `&char`, and `char::is_alphabetic` takes `char`: E0631.
fn main() {
    let s = "a1b2";
    let letters: String = s.chars().filter(char::is_alphabetic).collect();
    println!("{}", letters);
}
// error: E0631 at 4:44
