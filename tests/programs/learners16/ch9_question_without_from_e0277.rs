// `?` on a ParseIntError in a function returning Result<_, String> with no From: E0277.
fn parse(s: &str) -> Result<i32, String> {
    let n: i32 = s.parse()?;
    Ok(n)
}

fn main() {
    println!("{:?}", parse("3"));
}
// error: E0277 at 3:27
