// The book's Message enum is 24 bytes, a String's size: its other variants sit after the capacity word, whose spare values are the tags.
use std::mem::{align_of, size_of};

#[allow(dead_code)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(i32, i32, i32),
}

fn main() {
    println!("Message {} {}", size_of::<Message>(), align_of::<Message>());
    println!("Option<Message> {}", size_of::<Option<Message>>());
    println!("String {}", size_of::<String>());
}
// expect: Message 24 8
// expect: Option<Message> 24
// expect: String 24
