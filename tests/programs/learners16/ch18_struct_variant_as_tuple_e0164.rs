// Matching a struct-like variant with tuple-variant syntax: E0164 (a struct variant is no tuple variant).
enum Msg {
    Move { x: i32, y: i32 },
    Quit,
}

fn main() {
    let m = Msg::Move { x: 1, y: 2 };
    match m {
        Msg::Move(x, y) => println!("{} {}", x, y),
        Msg::Quit => println!("quit"),
    }
}
// error: E0164 at 10:9
