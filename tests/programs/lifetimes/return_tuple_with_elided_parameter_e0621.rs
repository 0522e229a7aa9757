// A tuple returned under `'a` holding the elided parameter `y` is E0621 at the whole tuple.
fn pair<'a>(x: &'a str, y: &str) -> (&'a str, &'a str) {
    (x, y)
}

fn main() {
    println!("{:?}", pair("a", "b"));
}
// error: E0621 at 3:5
