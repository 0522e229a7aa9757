// A match on a nested enum that misses ChangeColor(Color::Hsv(..)): E0004.
enum Color {
    Rgb(i32, i32, i32),
    Hsv(i32, i32, i32),
}

enum Message {
    Quit,
    ChangeColor(Color),
}

fn main() {
    let msg = Message::ChangeColor(Color::Hsv(0, 160, 255));
    match msg {
        Message::ChangeColor(Color::Rgb(r, g, b)) => println!("{r} {g} {b}"),
        Message::Quit => println!("quit"),
    }
}
// error: E0004 at 14:11
