// `?` on a ParseIntError inside a function returning Result<_, String> is E0277 (no From).
fn double(s: &str) -> Result<i32, String> {
    let n = s.parse::<i32>()?;
    Ok(n * 2)
}

fn main() {
    println!("{:?}", double("4"));
}
// error: E0277 at 3:29
