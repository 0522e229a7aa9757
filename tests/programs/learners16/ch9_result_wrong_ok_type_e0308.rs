// Returning Ok(n) where n is i64 from a function declared Result<i32, String>: E0308.
fn parse(s: &str) -> Result<i32, String> {
    let n: i64 = s.parse().map_err(|_| String::from("bad"))?;
    Ok(n)
}

fn main() {
    println!("{:?}", parse("3"));
}
// error: E0308 at 4:8
