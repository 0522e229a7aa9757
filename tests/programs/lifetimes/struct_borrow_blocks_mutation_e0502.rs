// While a struct holding `&text` is still used, `text` may not be changed (E0502).
struct Word<'a> {
    text: &'a str,
}

fn main() {
    let mut text = String::from("hello");
    let w = Word { text: &text };
    text.push_str(" world");
    println!("{}", w.text);
}
// error: E0502 at 9:5
