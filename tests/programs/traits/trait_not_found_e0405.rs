// A bound naming a trait that does not exist is E0405.
fn show<T: Printable>(t: T) {}

fn main() {
    show(1);
}
// error: E0405 at 2:12
