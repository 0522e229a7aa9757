// Run-length encoding with a peekable iterator: count equal neighbours by peeking before taking.
fn encode(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&c) {
            it.next();
            n += 1;
        }
        out.push_str(&format!("{}{}", n, c));
    }
    out
}

fn main() {
    println!("{}", encode("aaabccdddd"));
    println!("{}", encode(""));
}
// expect: 3a1b2c4d
// expect:
