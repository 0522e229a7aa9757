// @ bindings: Message::Hello { id: id_variable @ 3..=7 }, a range without binding, and a catch-all.
enum Message {
    Hello { id: i32 },
}

fn main() {
    for id in [5, 11, 42] {
        let msg = Message::Hello { id };
        match msg {
            Message::Hello { id: id_variable @ 3..=7 } => println!("Found an id in range: {id_variable}"),
            Message::Hello { id: 10..=12 } => println!("Found an id in another range"),
            Message::Hello { id } => println!("Found some other id: {id}"),
        }
    }
}
// expect: Found an id in range: 5
// expect: Found an id in another range
// expect: Found some other id: 42
