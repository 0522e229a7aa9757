// Pig latin by byte slicing &word[1..] and &word[..1], building the String with push_str.
fn pig(word: &str) -> String {
    let first = &word[..1];
    let mut out = String::new();
    if "aeiou".contains(first) {
        out.push_str(word);
        out.push_str("-hay");
    } else {
        out.push_str(&word[1..]);
        out.push('-');
        out.push_str(first);
        out.push_str("ay");
    }
    out
}

fn main() {
    for w in ["rust", "ownership", "borrow"] {
        let p = pig(w);
        println!("{} -> {} (cap {})", w, p, p.capacity());
    }
}
// expect: rust -> ust-ray (cap 8)
// expect: ownership -> ownership-hay (cap 18)
// expect: borrow -> orrow-bay (cap 16)
