// `char::from(b)` is std's lossless From<u8> for char (what clippy suggests for `b as char`): bytes made into letters; an unsuffixed literal takes u8, the one integer type char has a From impl for (it was "not supported yet").
fn main() {
    let b: u8 = 104;
    let word: String = [b, b'i'].iter().map(|&x| char::from(x)).collect();
    let c = char::from(b'A' + 2);
    println!("{} {} {:?}", word, c, char::from(65));
}
// expect: hi C 'A'
