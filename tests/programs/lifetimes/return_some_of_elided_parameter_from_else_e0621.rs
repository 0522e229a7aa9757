// `Some(y)` in the `else` branch is where rustc points E0621 for the elided parameter `y`.
fn pick<'a>(x: &'a str, y: &str) -> Option<&'a str> {
    if x.len() > 0 { Some(x) } else { Some(y) }
}

fn main() {
    println!("{:?}", pick("a", "b"));
}
// error: E0621 at 3:39
