// A variant holding another enum is destructured in one nested pattern per inner variant.
enum Color {
    Rgb(i32, i32, i32),
    Hsv(i32, i32, i32),
}

enum Message {
    Quit,
    Move { x: i32, y: i32 },
    ChangeColor(Color),
}

fn handle(msg: Message) {
    match msg {
        Message::ChangeColor(Color::Rgb(r, g, b)) => {
            println!("change to red {}, green {}, blue {}", r, g, b)
        }
        Message::ChangeColor(Color::Hsv(h, s, v)) => {
            println!("change to hue {}, saturation {}, value {}", h, s, v)
        }
        Message::Move { x, y: 0 } => println!("move along x to {}", x),
        Message::Move { x, y } => println!("move to {}, {}", x, y),
        Message::Quit => println!("quit"),
    }
}

fn main() {
    handle(Message::ChangeColor(Color::Hsv(0, 160, 255)));
    handle(Message::ChangeColor(Color::Rgb(1, 2, 3)));
    handle(Message::Move { x: 4, y: 0 });
    handle(Message::Move { x: 4, y: 9 });
    handle(Message::Quit);
}
// expect: change to hue 0, saturation 160, value 255
// expect: change to red 1, green 2, blue 3
// expect: move along x to 4
// expect: move to 4, 9
// expect: quit
