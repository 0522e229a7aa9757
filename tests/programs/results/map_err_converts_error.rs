// map_err turns a ParseIntError into a String error; an Ok passes through untouched.
fn parse(s: &str) -> Result<i32, String> {
    s.trim().parse::<i32>().map_err(|e| format!("bad number {:?}: {}", s, e))
}
fn main() {
    println!("{:?}", parse(" 42 "));
    println!("{:?}", parse("4x2"));
}
// expect: Ok(42)
// expect: Err("bad number \"4x2\": invalid digit found in string")
