// A local stored to twice is known to rustc's lint only until its MIR block ends: after a call in between, its overflow is not linted and panics at run time.
fn main() {
    let mut speed: i8 = 20;
    speed = 100;
    println!("faster");
    let doubled = speed * 2;
    println!("{}", doubled);
}
// expect: faster
// panic: attempt to multiply with overflow
// panic-at: 6:19
