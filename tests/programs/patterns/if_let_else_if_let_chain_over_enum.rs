// `if let ... else if let ... else` tries each variant in turn, binding by reference through `&msg`.
enum Msg {
    Text(String),
    Number(i64),
    Empty,
}

fn show(m: &Msg) -> String {
    if let Msg::Text(t) = m {
        format!("text {}", t)
    } else if let Msg::Number(n @ 0..=9) = m {
        format!("digit {}", n)
    } else if let Msg::Number(n) = m {
        format!("number {}", n)
    } else {
        String::from("empty")
    }
}

fn main() {
    for m in [Msg::Text(String::from("hi")), Msg::Number(7), Msg::Number(42), Msg::Empty] {
        println!("{}", show(&m));
    }
}
// expect: text hi
// expect: digit 7
// expect: number 42
// expect: empty
