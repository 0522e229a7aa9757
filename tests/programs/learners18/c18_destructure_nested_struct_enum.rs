// Destructuring nested enums and structs: Message::ChangeColor(Color::Hsv(..)) and struct fields in a match.
enum Color {
    Rgb(i32, i32, i32),
    Hsv(i32, i32, i32),
}

enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(Color),
}

fn handle(msg: Message) {
    match msg {
        Message::Quit => println!("quit"),
        Message::Move { x, y: 0 } => println!("move along x to {x}"),
        Message::Move { x, y } => println!("move to {x},{y}"),
        Message::Write(text) => println!("text: {text}"),
        Message::ChangeColor(Color::Rgb(r, g, b)) => println!("rgb {r} {g} {b}"),
        Message::ChangeColor(Color::Hsv(h, s, v)) => println!("hsv {h} {s} {v}"),
    }
}

fn main() {
    handle(Message::ChangeColor(Color::Hsv(0, 160, 255)));
    handle(Message::ChangeColor(Color::Rgb(1, 2, 3)));
    handle(Message::Move { x: 4, y: 0 });
    handle(Message::Move { x: 4, y: 5 });
    handle(Message::Write(String::from("hey")));
    handle(Message::Quit);
}
// expect: hsv 0 160 255
// expect: rgb 1 2 3
// expect: move along x to 4
// expect: move to 4,5
// expect: text: hey
// expect: quit
