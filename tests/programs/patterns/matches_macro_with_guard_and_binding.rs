// `matches!` takes a guard after its pattern, and the guard sees the pattern's bindings (here by reference, through `&msg`).
enum Message {
    Write(String),
    Quit,
}

fn main() {
    let a = Message::Write(String::from("hello"));
    let b = Message::Write(String::from("yo"));
    let c = Message::Quit;
    for m in [&a, &b, &c] {
        println!("{}", matches!(m, Message::Write(s) if s.len() > 3));
    }
    println!("{}", matches!(a, Message::Write(ref s) if s.starts_with('h')));
}
// expect: true
// expect: false
// expect: false
// expect: true
