// to_digit(10) of a letter is None; unwrap panics inside the map closure.
fn main() {
    let s = "12a4";
    let digits: Vec<u32> = s.chars().map(|c| c.to_digit(10).unwrap()).collect();
    println!("{:?}", digits);
}
// panic: called `Option::unwrap()` on a `None` value
// panic-at: 4:61
