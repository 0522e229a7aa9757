// Box<dyn Error> from two error kinds via ?, reporting with to_string, and collecting into a Vec.
use std::error::Error;

fn parse_line(line: &str) -> Result<(String, u32), Box<dyn Error>> {
    let (name, age) = line.split_once(':').ok_or("missing colon")?;
    let age: u32 = age.trim().parse()?;
    if name.is_empty() {
        return Err(Box::from("empty name"));
    }
    Ok((name.to_string(), age))
}

fn main() {
    let lines = ["ann: 31", "bob 40", "cy: x", ": 3"];
    let mut errors = Vec::new();
    for l in lines {
        match parse_line(l) {
            Ok((n, a)) => println!("{n} is {a}"),
            Err(e) => errors.push(e.to_string()),
        }
    }
    println!("{errors:?}");
}
// expect: ann is 31
// expect: ["missing colon", "invalid digit found in string", "empty name"]
