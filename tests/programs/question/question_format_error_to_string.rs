// `Err(format!(..))?` boxes the String itself (no copy): Display of the Box<dyn Error> prints the text, `to_string()` makes a new String of it.
use std::error::Error;

fn parse_age(s: &str) -> Result<u8, Box<dyn Error>> {
    if s.is_empty() {
        Err(format!("empty input at {}", 3))?;
    }
    Ok(s.len() as u8)
}

fn main() {
    match parse_age("") {
        Ok(n) => println!("ok {}", n),
        Err(e) => {
            let text = e.to_string();
            println!("{} / {} / {:?}", e, text.len(), e);
        }
    }
}
// expect: empty input at 3 / 16 / "empty input at 3"
