// A function ending with the Ok value itself instead of Ok(..) is E0308.
fn parse(s: &str) -> Result<i32, std::num::ParseIntError> {
    let n: i32 = s.parse()?;
    n * 2
}

fn main() {
    println!("{:?}", parse("2"));
}
// error: E0308 at 4:5
