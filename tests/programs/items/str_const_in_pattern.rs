// A `&str` constant in a pattern compares the text, as its literal would.
const GREETING: &str = "hi";

fn main() {
    for s in ["hi", "bye"] {
        match s {
            GREETING => println!("greeting"),
            _ => println!("other: {}", s),
        }
    }
}
// expect: greeting
// expect: other: bye
