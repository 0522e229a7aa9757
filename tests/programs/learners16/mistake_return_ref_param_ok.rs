// Returning a reference derived from the only reference parameter: elision ties it to the input, accepted.
fn first_word(s: &str) -> &str {
    match s.find(' ') {
        Some(i) => &s[..i],
        None => s,
    }
}

fn main() {
    let text = String::from("hello world");
    let w = first_word(&text);
    println!("{} {}", w, first_word("single"));
}
// expect: hello single
