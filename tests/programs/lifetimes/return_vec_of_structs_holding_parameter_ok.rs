// A Vec of structs whose fields borrow the parameter's text can be returned: each struct's borrow is the caller's.
#[derive(Debug)]
struct Word<'a> {
    text: &'a str,
}

fn words(line: &str) -> Vec<Word<'_>> {
    let first = Word { text: &line[..3] };
    vec![first, Word { text: &line[4..] }]
}

fn main() {
    let line = String::from("one two");
    println!("{:?}", words(&line));
}
// expect: [Word { text: "one" }, Word { text: "two" }]
