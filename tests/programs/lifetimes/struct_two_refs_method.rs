// A config struct borrowing two strings; a method returns a tuple of slices under one lifetime.
struct Config<'a> {
    key: &'a str,
    value: &'a str,
}

impl<'a> Config<'a> {
    fn parse(line: &'a str) -> Option<Config<'a>> {
        let (key, value) = line.split_once('=')?;
        Some(Config { key: key.trim(), value: value.trim() })
    }

    fn pair(&self) -> (&'a str, &'a str) {
        (self.key, self.value)
    }
}

fn main() {
    let text = String::from("name = ferris\nbroken\nage=7");
    let mut found = Vec::new();
    for line in text.lines() {
        match Config::parse(line) {
            Some(c) => found.push(c.pair()),
            None => println!("skip {line:?}"),
        }
    }
    println!("{:?}", found);
}
// expect: skip "broken"
// expect: [("name", "ferris"), ("age", "7")]
