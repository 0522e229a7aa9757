// Nested closures are checked innermost first: the inner closure's E0594 comes before the outer one's earlier assignment.
fn main() {
    let x = 1;
    let y = 2;
    let mut outer = || {
        x += 1;
        let mut inner = || y += 1;
        inner();
    };
    outer();
}
// error: E0594 at 7:28
