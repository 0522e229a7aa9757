// `std::time::Duration` is "not supported yet" at the use.
use std::time::Duration;
fn main() {
    let d = Duration::from_millis(1500);
    println!("{:?}", d);
}
// expect: 1.5s
// unsupported: `std::time::Duration` at 2:5
