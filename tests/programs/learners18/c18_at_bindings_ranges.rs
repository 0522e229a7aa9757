// @ bindings with ranges, on an enum field and on a plain integer, plus char ranges.
enum Message {
    Hello { id: i32 },
}

fn classify(n: u32) -> String {
    match n {
        0 => "zero".to_string(),
        small @ 1..=9 => format!("small {small}"),
        teen @ 13..=19 => format!("teen {teen}"),
        big @ (100 | 1000) => format!("round {big}"),
        other => format!("other {other}"),
    }
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
    for n in [0, 4, 15, 100, 1000, 77] {
        println!("{}", classify(n));
    }
    for c in ['c', 'X', '7', '-'] {
        let kind = match c {
            'a'..='j' => "early lower",
            'k'..='z' => "late lower",
            'A'..='Z' => "upper",
            d @ '0'..='9' if d != '0' => "nonzero digit",
            _ => "something else",
        };
        println!("{c}: {kind}");
    }
}
// expect: Found an id in range: 5
// expect: Found an id in another range
// expect: Found some other id: 42
// expect: zero
// expect: small 4
// expect: teen 15
// expect: round 100
// expect: round 1000
// expect: other 77
// expect: c: early lower
// expect: X: upper
// expect: 7: nonzero digit
// expect: -: something else
