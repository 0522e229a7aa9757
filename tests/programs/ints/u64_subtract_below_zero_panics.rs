// An unsigned value cannot go below zero: subtraction past 0 panics.
fn main() {
    let stock: u64 = 3;
    let sold: u64 = 4;
    println!("{} {}", stock, sold);
    let left = stock - sold;
    println!("{}", left);
}
// expect: 3 4
// panic: attempt to subtract with overflow
// panic-at: 6:16
