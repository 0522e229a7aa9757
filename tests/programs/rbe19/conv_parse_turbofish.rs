// Parsing strings into numbers: an annotated let and a turbofish, then summing them.
fn main() {
    let parsed: i32 = "5".parse().unwrap();
    let turbo_parsed = "10".parse::<i32>().unwrap();
    let sum = parsed + turbo_parsed;
    println!("Sum: {:?}", sum);
    let f: f64 = "2.5".parse().unwrap();
    println!("{}", f * 2.0);
}
// expect: Sum: 15
// expect: 5
