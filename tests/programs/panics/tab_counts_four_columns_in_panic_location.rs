// A tab counts four columns in a panic's location, as rustc counts it (the column counted characters).
fn main() {
	let n: i32 = "x".parse().unwrap();
	println!("{}", n);
}
// panic: called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }
// panic-at: 3:30
