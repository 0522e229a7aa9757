// Rustlings-style: naming a variant the enum does not declare yet is E0599.
#[derive(Debug)]
enum Message {
    Quit,
    Echo,
}

fn main() {
    println!("{:?}", Message::Quit);
    println!("{:?}", Message::Echo);
    println!("{:?}", Message::Move);
}
// error: E0599 at 11:31
