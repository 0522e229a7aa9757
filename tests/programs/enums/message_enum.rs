// A message enum with unit, struct and tuple variants, processed by a method with nested patterns and guards.
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(u8, u8, u8),
}

impl Message {
    fn call(&self) -> String {
        match self {
            Message::Quit => "quit".to_string(),
            Message::Move { x: 0, y } => format!("vertical {y}"),
            Message::Move { x, y: 0 } => format!("horizontal {x}"),
            Message::Move { x, y } if x == y => format!("diagonal {x}"),
            Message::Move { .. } => "somewhere".to_string(),
            Message::Write(text) if text.is_empty() => "nothing".to_string(),
            Message::Write(text) => format!("write {}", text.len()),
            Message::ChangeColor(r, _, b @ 200..=255) => format!("bluish {r} {b}"),
            Message::ChangeColor(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        }
    }
}

fn main() {
    let msgs = [
        Message::Move { x: 0, y: 3 },
        Message::Move { x: 4, y: 0 },
        Message::Move { x: 2, y: 2 },
        Message::Move { x: 1, y: 5 },
        Message::Write(String::new()),
        Message::Write(String::from("hello")),
        Message::ChangeColor(1, 2, 250),
        Message::ChangeColor(255, 16, 0),
        Message::Quit,
    ];
    for m in &msgs {
        println!("{}", m.call());
    }
    println!("{}", std::mem::size_of::<Message>());
}
// expect: vertical 3
// expect: horizontal 4
// expect: diagonal 2
// expect: somewhere
// expect: nothing
// expect: write 5
// expect: bluish 1 250
// expect: #ff1000
// expect: quit
// expect: 24
