// A function returning a tuple of two `&'a str` slices of its input keeps the input borrowed through both.
fn split_at_space<'a>(s: &'a str) -> (&'a str, &'a str) {
    match s.find(' ') {
        Some(i) => (&s[..i], &s[i + 1..]),
        None => (s, ""),
    }
}

fn main() {
    let line = String::from("key value with spaces");
    let (k, v) = split_at_space(&line);
    println!("[{}] [{}]", k, v);
    let (a, b) = split_at_space("single");
    println!("[{}] [{}]", a, b);
}
// expect: [key] [value with spaces]
// expect: [single] []
