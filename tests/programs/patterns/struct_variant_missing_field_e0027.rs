// A struct-variant pattern that names some fields without `..` is E0027 "pattern does not mention field".
enum Cmd {
    Move { x: i32, y: i32 },
    Stop,
}

fn main() {
    let c = Cmd::Move { x: 1, y: 2 };
    match c {
        Cmd::Move { x } => println!("{x}"),
        Cmd::Stop => {}
    }
}
// error: E0027 at 10:9
