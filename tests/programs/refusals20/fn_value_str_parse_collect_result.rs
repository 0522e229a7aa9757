// `.map(str::parse)` with the target from collect's Result<Vec<u8>, _>: the first piece that fails stops the collect with its error.
fn main() {
    let good: Result<Vec<u8>, _> = "1,2,3".split(',').map(str::parse).collect();
    println!("{:?}", good);
    let bad: Result<Vec<u8>, _> = "1,300,x".split(',').map(str::parse).collect();
    println!("{:?}", bad);
    let floats: Vec<f64> = ["1.5", "2"].iter().copied().map(str::parse::<f64>).filter_map(Result::ok).collect();
    println!("{:?}", floats);
}
// expect: Ok([1, 2, 3])
// expect: Err(ParseIntError { kind: PosOverflow })
// expect: [1.5, 2.0]
