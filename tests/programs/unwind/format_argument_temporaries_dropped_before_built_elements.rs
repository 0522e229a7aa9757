// A panic among a format!'s arguments drops their temporaries (the Vec printed) as the macro ends, before the elements of the enclosing vec![..] built so far.
#[derive(Debug)]
enum Cmd {
    Bytes(Vec<u8>),
    Say(String),
}

fn main() {
    let cmds: Vec<Cmd> = vec![
        Cmd::Bytes(vec![1, 2]),
        Cmd::Say(format!("{:?} {}", vec!["a", "b"], "300".parse::<u8>().unwrap())),
    ];
    println!("{:?}", cmds);
}
// panic: called `Result::unwrap()` on an `Err` value: ParseIntError { kind: PosOverflow }
// panic-at: 11:73
