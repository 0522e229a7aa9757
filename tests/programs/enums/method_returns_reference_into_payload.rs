// An enum method can hand out a reference into its active variant's payload; the reference borrows the enum, so it stays valid while the enum lives.
#[derive(Debug)]
enum Message {
    Write(String),
    Move { x: i32, y: i32 },
    Quit,
}

impl Message {
    fn text(&self) -> Option<&str> {
        match self {
            Message::Write(s) => Some(s),
            _ => None,
        }
    }

    fn x(&self) -> &i32 {
        if let Message::Move { x, .. } = self { x } else { &0 }
    }
}

fn main() {
    let w = Message::Write(String::from("hello"));
    let m = Message::Move { x: 3, y: 4 };
    let t = w.text();
    println!("{:?} {:?} {:?}", t, m.text(), Message::Quit.text());
    println!("{} {}", m.x(), w.x());
}
// expect: Some("hello") None None
// expect: 3 0
