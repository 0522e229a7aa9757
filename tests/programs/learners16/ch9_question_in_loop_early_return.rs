// `?` inside a for loop returns the first error out of the function.
fn sum_all(items: &[&str]) -> Result<i32, std::num::ParseIntError> {
    let mut total = 0;
    for s in items {
        let n: i32 = s.parse()?;
        println!("added {}", n);
        total += n;
    }
    Ok(total)
}

fn main() {
    println!("{:?}", sum_all(&["1", "2", "3"]));
    println!("{:?}", sum_all(&["4", "x", "5"]).is_err());
}
// expect: added 1
// expect: added 2
// expect: added 3
// expect: Ok(6)
// expect: added 4
// expect: true
