// Assigning twice to an immutable binding in a loop is E0384.
fn main() {
    let total = 0;
    for i in 1..4 {
        total += i;
    }
    println!("{total}");
}
// error: E0384 at 5:9
