// main returning Result<(), Box<dyn Error>> where `?` converts a ParseIntError into the box.
use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let nums = ["1", "2", "3"];
    let mut total = 0;
    for n in nums {
        total += n.parse::<i32>()?;
    }
    println!("total {}", total);
    Ok(())
}
// expect: total 6
