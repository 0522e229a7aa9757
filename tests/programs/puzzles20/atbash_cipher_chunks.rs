// Atbash cipher (Exercism): letters mirrored through u8 arithmetic, the output grouped by chunks(5) and joined.
fn encode_char(c: char) -> Option<char> {
    if c.is_ascii_alphabetic() {
        let lower = c.to_ascii_lowercase();
        Some((b'z' - (lower as u8 - b'a')) as char)
    } else if c.is_ascii_digit() {
        Some(c)
    } else {
        None
    }
}

fn encode(plain: &str) -> String {
    let chars: Vec<char> = plain.chars().filter_map(encode_char).collect();
    chars.chunks(5).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join(" ")
}

fn decode(cipher: &str) -> String {
    cipher.chars().filter_map(encode_char).collect()
}

fn main() {
    for s in ["yes", "OMG", "Testing,1 2 3, testing.", "The quick brown fox jumps over the lazy dog."] {
        let e = encode(s);
        println!("{:?} -> {:?} -> {:?}", s, e, decode(&e));
    }
}
// expect: "yes" -> "bvh" -> "yes"
// expect: "OMG" -> "lnt" -> "omg"
// expect: "Testing,1 2 3, testing." -> "gvhgr mt123 gvhgr mt" -> "testing123testing"
// expect: "The quick brown fox jumps over the lazy dog." -> "gsvjf rxpyi ldmul cqfnk hlevi gsvoz abwlt" -> "thequickbrownfoxjumpsoverthelazydog"
