// A struct named where a trait is expected, as a bound: E0404.
struct Shape;

fn draw<T: Shape>(t: T) {}

fn main() {
    draw(1);
}
// error: E0404 at 4:12
