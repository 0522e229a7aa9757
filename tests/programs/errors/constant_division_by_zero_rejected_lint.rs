// Dividing by a divisor known to be zero is rejected by the lint unconditional_panic.
fn main() {
    let zero = 0;
    let q = 10 / zero;
}
// error: lint unconditional_panic at 4:13
