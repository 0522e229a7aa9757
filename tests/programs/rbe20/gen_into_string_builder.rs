// A constructor taking S: Into<String> (a &str or a String), a builder method with a where clause, and Option::as_deref().unwrap_or.
struct Person {
    name: String,
    nick: Option<String>,
}

impl Person {
    fn new<S: Into<String>>(name: S) -> Self {
        Person { name: name.into(), nick: None }
    }
    fn with_nick<S>(mut self, nick: S) -> Self
    where
        S: Into<String>,
    {
        self.nick = Some(nick.into());
        self
    }
    fn display_name(&self) -> &str {
        self.nick.as_deref().unwrap_or(&self.name)
    }
}

fn main() {
    let a = Person::new("Ada");
    let b = Person::new(String::from("Grace")).with_nick("Amazing Grace");
    for p in [&a, &b] {
        println!("{} ({})", p.display_name(), p.name);
    }
}
// expect: Ada (Ada)
// expect: Amazing Grace (Grace)
