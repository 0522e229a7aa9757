// A parameter whose lifetime was left out cannot become the `'b` field of the struct returned: E0621.
struct Pair<'a, 'b> {
    x: &'a str,
    y: &'b str,
}

fn make<'a, 'b>(x: &'a str, y: &str) -> Pair<'a, 'b> {
    Pair { x, y }
}

fn main() {
    let p = make("a", "b");
    println!("{} {}", p.x, p.y);
}
// error: E0621 at 8:5
