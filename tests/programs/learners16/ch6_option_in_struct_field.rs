// A struct with an Option<String> middle name, printed through match and as_deref.
struct Person {
    first: String,
    middle: Option<String>,
    last: String,
}

impl Person {
    fn full(&self) -> String {
        match &self.middle {
            Some(m) => format!("{} {} {}", self.first, m, self.last),
            None => format!("{} {}", self.first, self.last),
        }
    }
}

fn main() {
    let a = Person { first: "Ada".to_string(), middle: None, last: "Lovelace".to_string() };
    let b = Person { first: "John".to_string(), middle: Some("Ronald".to_string()), last: "Tolkien".to_string() };
    println!("{}", a.full());
    println!("{}", b.full());
    println!("{:?} {:?}", a.middle.as_deref(), b.middle.as_deref().unwrap_or("-"));
}
// expect: Ada Lovelace
// expect: John Ronald Tolkien
// expect: None "Ronald"
