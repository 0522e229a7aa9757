// Non-lexical lifetimes reach into structs too: after the excerpt's last use, the text may change.
struct Word<'a> {
    text: &'a str,
}

fn main() {
    let mut text = String::from("hello");
    let w = Word { text: &text };
    println!("{}", w.text);
    text.push_str(" world");
    println!("{}", text);
}
// expect: hello
// expect: hello world
