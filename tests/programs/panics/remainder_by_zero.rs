// `%` by zero panics too, with its own message.
fn main() {
    let n = 7;
    let d = 0;
    println!("{} {}", n, d);
    let r = n % d;
    println!("{}", r);
}
// expect: 7 0
// panic: attempt to calculate the remainder with a divisor of zero
// panic-at: 6:13
