// A byte's to_ascii_uppercase/lowercase change only ASCII letters, and eq_ignore_ascii_case compares two bytes by their lowercase.
fn main() {
    let text = "rust 1.95, Ferris!";
    let up: Vec<u8> = text.bytes().map(|b| b.to_ascii_uppercase()).collect();
    let shout: String = up.iter().map(|&b| b as char).collect();
    println!("{}", shout);
    let low: Vec<u8> = up.iter().map(|b| b.to_ascii_lowercase()).collect();
    println!("{:?}", &low[..6]);
    println!("{} {} {}", b'q'.eq_ignore_ascii_case(&b'Q'), b'1'.eq_ignore_ascii_case(&b'!'), 200u8.to_ascii_uppercase());
}
// expect: RUST 1.95, FERRIS!
// expect: [114, 117, 115, 116, 32, 49]
// expect: true false 200
