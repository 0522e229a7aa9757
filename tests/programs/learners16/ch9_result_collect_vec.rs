// Collecting an iterator of Results into Result<Vec<i32>, _>: all Ok, then stopping at the first Err.
fn main() {
    let good: Result<Vec<i32>, _> = "1 2 3".split(' ').map(|s| s.parse::<i32>()).collect();
    println!("{:?}", good);
    let bad: Result<Vec<i32>, _> = "1 x 3".split(' ').map(|s| s.parse::<i32>()).collect();
    match bad {
        Ok(v) => println!("{:?}", v),
        Err(e) => println!("error: {}", e),
    }
}
// expect: Ok([1, 2, 3])
// expect: error: invalid digit found in string
