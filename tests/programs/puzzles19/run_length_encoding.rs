// Run-length encoding with a peekable chars iterator and decoding with to_digit accumulation.
fn encode(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&c) {
            it.next();
            n += 1;
        }
        if n > 1 {
            out.push_str(&n.to_string());
        }
        out.push(c);
    }
    out
}

fn decode(s: &str) -> String {
    let mut out = String::new();
    let mut n = 0usize;
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            n = n * 10 + d as usize;
        } else {
            out.push_str(&c.to_string().repeat(n.max(1)));
            n = 0;
        }
    }
    out
}

fn main() {
    let e = encode("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB");
    println!("{e}");
    println!("{}", decode(&e));
    println!("{}", decode("2 hs2q q2w2 "));
}
// expect: 12WB12W3B24WB
// expect: WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB
// expect:   hsqq qww  
