// A function returning Box<dyn Error>: ? on a ParseIntError, and a formatted String turned into the error with into.
use std::error::Error;

fn sum_line(line: &str) -> Result<i64, Box<dyn Error>> {
    let mut total = 0;
    for part in line.split('+') {
        let n: i64 = part.trim().parse()?;
        total += n;
    }
    if total > 100 {
        return Err(format!("total {} too big", total).into());
    }
    Ok(total)
}

fn main() {
    for line in ["1 + 2 + 3", "4 + x", "99 + 2"] {
        match sum_line(line) {
            Ok(t) => println!("{} = {}", line, t),
            Err(e) => println!("{}: {}", line, e),
        }
    }
}
// expect: 1 + 2 + 3 = 6
// expect: 4 + x: invalid digit found in string
// expect: 99 + 2: total 101 too big
