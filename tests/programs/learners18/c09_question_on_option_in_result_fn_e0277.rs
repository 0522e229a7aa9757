// ? on an Option inside a function returning Result is E0277.
fn first_char(s: &str) -> Result<char, String> {
    let c = s.chars().next()?;
    Ok(c)
}

fn main() {
    println!("{:?}", first_char("hi"));
}
// error: E0277 at 3:29
