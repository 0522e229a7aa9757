// A function returns `std::str::Chars<'_>` by name; the caller keeps it and takes chars from it.
fn after_colon(s: &str) -> std::str::Chars<'_> {
    let i = s.find(':').unwrap();
    s[i + 1..].chars()
}

fn main() {
    let mut c = after_colon("key:val");
    println!("{:?} {:?}", c.next(), c.collect::<String>());
}
// expect: Some('v') "al"
