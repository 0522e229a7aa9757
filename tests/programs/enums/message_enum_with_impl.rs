// A Message enum with unit, struct and tuple variants, an impl method that matches on &self, derived Debug and PartialEq.
#[derive(Debug, Clone, PartialEq)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(u8, u8, u8),
}

impl Message {
    fn call(&self) -> String {
        match self {
            Message::Quit => String::from("quit"),
            Message::Move { x, y } => format!("move to {} {}", x, y),
            Message::Write(text) => text.clone(),
            Message::ChangeColor(r, g, b) => format!("color {} {} {}", r, g, b),
        }
    }
}

fn main() {
    let msgs = vec![
        Message::Quit,
        Message::Move { x: 3, y: -4 },
        Message::Write(String::from("hello")),
        Message::ChangeColor(1, 2, 3),
    ];
    for m in &msgs {
        println!("{} / {:?}", m.call(), m);
    }
    println!("{:#?}", msgs[1]);
    println!("{}", std::mem::size_of::<Message>());
    println!("{}", msgs[0] == Message::Quit);
}
// expect: quit / Quit
// expect: move to 3 -4 / Move { x: 3, y: -4 }
// expect: hello / Write("hello")
// expect: color 1 2 3 / ChangeColor(1, 2, 3)
// expect: Move {
// expect:     x: 3,
// expect:     y: -4,
// expect: }
// expect: 24
// expect: true
