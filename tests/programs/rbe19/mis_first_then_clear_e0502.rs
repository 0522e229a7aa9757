// Holding a slice of a String, then clearing the String, then using the slice is E0502.
fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap()
}

fn main() {
    let mut s = String::from("hello world");
    let word = first_word(&s);
    s.clear();
    println!("the first word is: {}", word);
}
// error: E0502 at 9:5
