// Run-length encoding (Exercism): runs counted with a peekable iterator, decoded by repeating each char its count.
fn encode(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let mut n = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            n += 1;
        }
        if n > 1 {
            out += &n.to_string();
        }
        out.push(c);
    }
    out
}

fn decode(s: &str) -> String {
    let mut out = String::new();
    let mut count = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            count.push(c);
        } else {
            let n: usize = if count.is_empty() { 1 } else { count.parse().unwrap() };
            out.push_str(&c.to_string().repeat(n));
            count.clear();
        }
    }
    out
}

fn main() {
    for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB", "AABCCCDEEEE", "  hsqq qww  ", ""] {
        let e = encode(s);
        println!("{:?} -> {:?} -> ok={}", s, e, decode(&e) == s);
    }
}
// expect: "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB" -> "12WB12W3B24WB" -> ok=true
// expect: "AABCCCDEEEE" -> "2AB3CD4E" -> ok=true
// expect: "  hsqq qww  " -> "2 hs2q q2w2 " -> ok=true
// expect: "" -> "" -> ok=true
