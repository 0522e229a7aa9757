// Returning the parameter whose lifetime was elided where `'a` is required is E0621.
fn pick<'a>(x: &'a str, y: &str) -> &'a str {
    if x.is_empty() { y } else { x }
}

fn main() {
    println!("{}", pick("a", "b"));
}
// error: E0621 at 3:23
