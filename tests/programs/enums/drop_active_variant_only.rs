// Dropping an enum drops the fields of the variant it holds only: reassigning frees the String, then the Vec, never both.
enum Payload {
    Text(String),
    Numbers(Vec<i64>),
    Empty,
}

fn describe(p: &Payload) -> usize {
    match p {
        Payload::Text(s) => s.len(),
        Payload::Numbers(v) => v.len(),
        Payload::Empty => 0,
    }
}

fn main() {
    let mut p = Payload::Text(String::from("hello"));
    println!("{}", describe(&p));
    p = Payload::Numbers(vec![1, 2, 3]);
    println!("{}", describe(&p));
    p = Payload::Empty;
    println!("{}", describe(&p));
    p = Payload::Text(String::from("bye"));
    println!("{}", describe(&p));
}
// expect: 5
// expect: 3
// expect: 0
// expect: 3
