// A Vec of structs whose field borrows a local String cannot be returned (E0515).
struct Word<'a> {
    text: &'a str,
}

fn words<'a>() -> Vec<Word<'a>> {
    let s = String::from("one");
    vec![Word { text: &s }]
}

fn main() {
    let w = words();
    println!("{}", w[0].text);
}
// error: E0515 at 8:5
