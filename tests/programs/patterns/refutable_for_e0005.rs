// A `for` pattern must match every item: `(x, 0)` is refutable, E0005 at the pattern.
fn main() {
    let pairs = vec![(1, 0), (2, 0)];
    for (x, 0) in pairs {
        println!("{x}");
    }
}
// error: E0005 at 4:9
