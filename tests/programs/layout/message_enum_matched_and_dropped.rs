// Message values live in 24-byte slots; matching reads the variant from the capacity word, and dropping frees only the Write variant's text.
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(i32, i32, i32),
}

fn describe(m: &Message) -> String {
    match m {
        Message::Quit => String::from("quit"),
        Message::Move { x, y } => format!("move to {},{}", x, y),
        Message::Write(text) => format!("write {} ({} bytes)", text, text.len()),
        Message::ChangeColor(r, g, b) => format!("color {} {} {}", r, g, b),
    }
}

fn main() {
    let messages = vec![
        Message::Write(String::from("hello")),
        Message::Move { x: 3, y: -4 },
        Message::ChangeColor(255, 128, 0),
        Message::Quit,
        Message::Write(String::with_capacity(10)),
    ];
    for m in &messages {
        println!("{}", describe(m));
    }
    let first = &messages[0];
    if let Message::Write(s) = first {
        println!("capacity {}", s.capacity());
    }
}
// expect: write hello (5 bytes)
// expect: move to 3,-4
// expect: color 255 128 0
// expect: quit
// expect: write  (0 bytes)
// expect: capacity 5
