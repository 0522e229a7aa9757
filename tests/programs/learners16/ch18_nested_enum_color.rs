// Nested enums: Message::ChangeColor(Color::Rgb(r, g, b)) and Color::Hsv matched in one match.
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
        Message::ChangeColor(Color::Rgb(r, g, b)) => {
            println!("Change color to red {r}, green {g}, and blue {b}");
        }
        Message::ChangeColor(Color::Hsv(h, s, v)) => {
            println!("Change color to hue {h}, saturation {s}, value {v}");
        }
        Message::Move { x, y } => println!("move {x} {y}"),
        Message::Write(t) => println!("write {t}"),
        Message::Quit => println!("quit"),
    }
}

fn main() {
    handle(Message::ChangeColor(Color::Hsv(0, 160, 255)));
    handle(Message::ChangeColor(Color::Rgb(1, 2, 3)));
    handle(Message::Move { x: -1, y: 1 });
    handle(Message::Write(String::from("hi")));
    handle(Message::Quit);
}
// expect: Change color to hue 0, saturation 160, value 255
// expect: Change color to red 1, green 2, and blue 3
// expect: move -1 1
// expect: write hi
// expect: quit
