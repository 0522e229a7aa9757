// An `if` whose first way returns sends rustc's lint to the function's end, where every local's storage ends, before it walks on: an overflow after it is not linted and panics at run time.
fn doubled(stop: bool) -> i8 {
    let n: i8 = 100;
    if stop {
        return 1;
    }
    n * 2
}
fn main() {
    println!("{}", doubled("go".len() > 5));
}
// panic: attempt to multiply with overflow
// panic-at: 7:5
