// A tuple variant used in a pattern as if it were a unit variant is error E0532.
enum Message {
    Quit,
    Move(i32),
}

fn main() {
    let m = Message::Move(3);
    match m {
        Message::Quit => println!("quit"),
        Message::Move => println!("move"),
    }
}
// error: E0532 at 11:9
