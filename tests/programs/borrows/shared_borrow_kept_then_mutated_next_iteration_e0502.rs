// A `&s` kept in a Vec from one iteration forbids changing `s` in the next (E0502).
fn main() {
    let mut s = String::from("a");
    let mut seen: Vec<&String> = Vec::new();
    for _ in 0..2 {
        s.push('b');
        seen.push(&s);
    }
    println!("{}", seen.len());
}
// error: E0502 at 6:9
