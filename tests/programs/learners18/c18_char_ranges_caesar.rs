// A Caesar shift matching char ranges with @ bindings and arithmetic on u8.
fn shift(c: char, k: u8) -> char {
    match c {
        l @ 'a'..='z' => ((l as u8 - b'a' + k) % 26 + b'a') as char,
        u @ 'A'..='Z' => ((u as u8 - b'A' + k) % 26 + b'A') as char,
        other => other,
    }
}

fn main() {
    let msg = "Hello, World! xyz";
    let enc: String = msg.chars().map(|c| shift(c, 3)).collect();
    let dec: String = enc.chars().map(|c| shift(c, 23)).collect();
    println!("{enc}\n{dec}");
}
// expect: Khoor, Zruog! abc
// expect: Hello, World! xyz
