// A closure given to trim_matches borrows `seen` only while the call runs: the &str it returns borrows the text alone, so clearing `seen` before printing both is fine (it was a false E0499).
fn main() {
    let s = "  ab1 c2  ";
    let mut seen = String::new();
    let t = s.trim_matches(|c: char| {
        seen.push(c);
        c == ' '
    });
    seen.clear();
    println!("[{}] saw [{}]", t, seen);
    let first = s.find(|c: char| c.is_ascii_digit());
    seen.push('!');
    println!("{:?} {}", first, seen);
}
// expect: [ab1 c2] saw []
// expect: Some(4) !
