// Unannotated parameters take their types from the closure's calls.
fn main() {
    let offset = 10;
    let shift = |x| x + offset;
    let times = |a, b| a * b;
    println!("{} {}", shift(1), times(2, 3));
}
// expect: 11 6
