// Ending a Result-returning function with a bare value instead of Ok(value): E0308.
fn double(s: &str) -> Result<i32, std::num::ParseIntError> {
    let n: i32 = s.parse()?;
    n * 2
}

fn main() {
    println!("{:?}", double("4"));
}
// error: E0308 at 4:5
