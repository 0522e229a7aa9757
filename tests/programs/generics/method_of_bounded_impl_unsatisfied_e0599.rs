// A method of `impl<T: Display + PartialOrd> Pair<T>` called on a `Pair<Opaque>` is not found at all: E0599 at the method, not E0277.
use std::fmt::Display;
struct Pair<T> {
    x: T,
    y: T,
}
impl<T: Display + PartialOrd> Pair<T> {
    fn cmp_display(&self) {
        if self.x >= self.y {
            println!("x = {}", self.x);
        }
    }
}
struct Opaque;
fn main() {
    let p = Pair { x: Opaque, y: Opaque };
    p.cmp_display();
}
// error: E0599 at 17:7
