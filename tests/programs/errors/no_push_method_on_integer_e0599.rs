// Integers have no `push` method.
fn main() {
    let n = 5;
    n.push(1);
}
// error: E0599 at 4:7
