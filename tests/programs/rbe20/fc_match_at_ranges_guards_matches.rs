// Match arms with @ bindings on ranges, struct-variant guards, matches! with | and .., and a guard on a u8.
#[derive(Debug)]
enum Message {
    Hello { id: i32 },
    Move { x: i32, y: i32 },
    Quit,
}

fn main() {
    let msgs = [Message::Hello { id: 5 }, Message::Hello { id: 12 }, Message::Move { x: 0, y: -3 }, Message::Quit];
    for m in &msgs {
        match m {
            Message::Hello { id: id_variable @ 3..=7 } => println!("Found an id in range: {id_variable}"),
            Message::Hello { id: 10..=12 } => println!("Found an id in another range"),
            Message::Hello { id } => println!("Found some other id: {id}"),
            Message::Move { x: 0, y } if *y < 0 => println!("down the y axis by {}", -y),
            Message::Move { .. } => println!("moved"),
            Message::Quit => println!("quit"),
        }
    }
    let moves = msgs.iter().filter(|m| matches!(m, Message::Move { .. } | Message::Quit)).count();
    println!("{}", moves);
    let c = 'k';
    println!("{}", matches!(c, 'a'..='j'));
    let n = 42u8;
    let kind = match n {
        0 => "zero",
        x if x % 2 == 0 && x > 40 => "big even",
        1 | 3 | 5 => "small odd",
        _ => "other",
    };
    println!("{}", kind);
}
// expect: Found an id in range: 5
// expect: Found an id in another range
// expect: down the y axis by 3
// expect: quit
// expect: 2
// expect: false
// expect: big even
