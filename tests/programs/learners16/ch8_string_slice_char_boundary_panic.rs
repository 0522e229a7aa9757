// &s[0..1] of a Cyrillic string cuts a two-byte char: panics "byte index 1 is not a char boundary".
fn main() {
    let hello = "Здравствуйте";
    let s = &hello[0..4];
    println!("{}", s);
    let t = &hello[0..1];
    println!("{}", t);
}
// expect: Зд
// panic: end byte index 1 is not a char boundary; it is inside 'З' (bytes 0..2) of `Здравствуйте`
// panic-at: 6:19
