// `(0..n).step_by(2)` of usize kept (std's SpecRangeSetup turns the range into a count of steps) is not supported yet: the engine says so at its span.
fn main() {
    let n: usize = 7;
    let mut evens = (0..n).step_by(2);
    println!("{:?}", evens.next());
}
// expect: Some(0)
// unsupported: a chain of iterator adapters passed, returned or stored as a value at 4:21
