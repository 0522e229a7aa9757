// Calling next on a range bound without `mut` is E0596.
fn main() {
    let sequence = 0..3;
    println!("{:?}", sequence.next());
}
// error: E0596 at 4:22
