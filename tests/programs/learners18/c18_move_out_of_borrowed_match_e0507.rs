// Matching *self by value with a String field binding moves out of a borrow: E0507.
enum Msg {
    Text(String),
    Empty,
}

impl Msg {
    fn into_text(&self) -> String {
        match *self {
            Msg::Text(s) => s,
            Msg::Empty => String::new(),
        }
    }
}

fn main() {
    let m = Msg::Text("hi".into());
    println!("{}", m.into_text());
    let _ = Msg::Empty;
}
// error: E0507 at 9:15
