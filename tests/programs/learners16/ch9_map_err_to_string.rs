// map_err turning a ParseIntError into a String so `?` fits Result<i32, String>.
fn parse(s: &str) -> Result<i32, String> {
    let n: i32 = s.parse().map_err(|e| format!("{:?} is not a number ({})", s, e))?;
    if n < 0 {
        return Err(String::from("negative"));
    }
    Ok(n * 2)
}

fn main() {
    println!("{:?}", parse("21"));
    println!("{:?}", parse("-1"));
    println!("{:?}", parse("abc"));
}
// expect: Ok(42)
// expect: Err("negative")
// expect: Err("\"abc\" is not a number (invalid digit found in string)")
