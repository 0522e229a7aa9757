// An `io::Result`-like alias fixing the error to String: `type Res<T> = Result<T, String>;`, with `?` across functions.
type Res<T> = Result<T, String>;

fn digit(c: char) -> Res<u32> {
    c.to_digit(10).ok_or(format!("not a digit: {c}"))
}

fn number(s: &str) -> Res<u32> {
    let mut n = 0;
    for c in s.chars() {
        n = n * 10 + digit(c)?;
    }
    Ok(n)
}

fn main() {
    println!("{:?}", number("407"));
    println!("{:?}", number("4x7"));
}
// expect: Ok(407)
// expect: Err("not a digit: x")
