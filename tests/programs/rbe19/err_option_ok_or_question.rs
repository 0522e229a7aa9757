// Option turned into Result with ok_or, then `?` in a function returning Result<_, String>.
fn third_char(s: &str) -> Result<char, String> {
    let c = s.chars().nth(2).ok_or(format!("'{}' is too short", s))?;
    Ok(c.to_ascii_uppercase())
}

fn main() {
    println!("{:?}", third_char("rust"));
    println!("{:?}", third_char("go"));
    match third_char("a") {
        Ok(c) => println!("{}", c),
        Err(e) => println!("error: {}", e),
    }
}
// expect: Ok('S')
// expect: Err("'go' is too short")
// expect: error: 'a' is too short
