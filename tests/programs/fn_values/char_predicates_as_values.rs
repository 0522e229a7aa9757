// `char::is_alphabetic` takes a `char` (so it follows `map` on chars), `char::is_ascii_digit` a `&char` (so it fits `filter`).
fn main() {
    let s = "a1b2";
    let letters: Vec<bool> = s.chars().map(char::is_alphabetic).collect();
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    println!("{:?} {}", letters, digits);
}
// expect: [true, false, true, false] 12
