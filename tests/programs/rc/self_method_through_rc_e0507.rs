// A method taking self by value cannot be called through an Rc: E0507, it would move the value out of the shared cell.
use std::rc::Rc;
struct Token {
    text: String,
}
impl Token {
    fn into_text(self) -> String {
        self.text
    }
}
fn main() {
    let t = Rc::new(Token { text: String::from("x") });
    let s = t.into_text();
    println!("{s}");
}
// error: E0507 at 13:13
