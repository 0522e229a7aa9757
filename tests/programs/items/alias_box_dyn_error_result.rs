// A generic alias over `Box<dyn Error>`: `type Res<T> = Result<T, Box<dyn std::error::Error>>;` with `?` on a parse error.
type Res<T> = Result<T, Box<dyn std::error::Error>>;

fn double(s: &str) -> Res<i64> {
    let n: i64 = s.parse()?;
    Ok(n * 2)
}

fn main() {
    println!("{:?}", double("21").unwrap());
    match double("x") {
        Ok(v) => println!("{v}"),
        Err(e) => println!("error: {e}"),
    }
}
// expect: 42
// expect: error: invalid digit found in string
