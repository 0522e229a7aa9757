// An `@` binding tests a struct variant's field against a range and keeps the value that matched.
enum Message {
    Hello { id: i32 },
}

fn greet(msg: Message) {
    match msg {
        Message::Hello { id: id_variable @ 3..=7 } => println!("found an id in range: {}", id_variable),
        Message::Hello { id: 10..=12 } => println!("found an id in another range"),
        Message::Hello { id } => println!("found some other id: {}", id),
    }
}

fn main() {
    greet(Message::Hello { id: 5 });
    greet(Message::Hello { id: 11 });
    greet(Message::Hello { id: 42 });
}
// expect: found an id in range: 5
// expect: found an id in another range
// expect: found some other id: 42
