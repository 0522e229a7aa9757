// `matches!` is `match value { pattern => true, _ => false }`: it tests a variant without binding anything or moving the value.
#[derive(Debug)]
enum Message {
    Quit,
    Write(String),
    Move { x: i32, y: i32 },
}

fn main() {
    let msgs = vec![Message::Quit, Message::Write(String::from("hi")), Message::Move { x: 1, y: 2 }];
    for m in &msgs {
        println!("{} {}", matches!(m, Message::Quit), matches!(m, Message::Move { .. }));
    }
    println!("{:?}", msgs[1]);
}
// expect: true false
// expect: false false
// expect: false true
// expect: Write("hi")
