// Method calls go through the Rc to the value: len and is_empty of the String inside.
use std::rc::Rc;

fn main() {
    let text = Rc::new(String::from("hello"));
    let view = Rc::clone(&text);
    println!("{} {}", view.len(), text.is_empty());
    println!("{}", view.to_uppercase());
    let first: &str = &text[0..1];
    println!("{}", first);
}
// expect: 5 false
// expect: HELLO
// expect: h
