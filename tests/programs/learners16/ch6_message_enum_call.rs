// The book's Message enum (Quit, Move{x,y}, Write(String), ChangeColor) with a call method matching every variant.
#[derive(Debug)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(i32, i32, i32),
}

impl Message {
    fn call(&self) {
        match self {
            Message::Quit => println!("quit"),
            Message::Move { x, y } => println!("move to {},{}", x, y),
            Message::Write(text) => println!("write {:?}", text),
            Message::ChangeColor(r, g, b) => println!("color #{:02x}{:02x}{:02x}", r, g, b),
        }
    }
}

fn main() {
    let msgs = vec![
        Message::Write(String::from("hello")),
        Message::Move { x: 3, y: -4 },
        Message::ChangeColor(255, 128, 0),
        Message::Quit,
    ];
    for m in &msgs {
        m.call();
    }
    println!("{:?}", msgs[1]);
}
// expect: write "hello"
// expect: move to 3,-4
// expect: color #ff8000
// expect: quit
// expect: Move { x: 3, y: -4 }
