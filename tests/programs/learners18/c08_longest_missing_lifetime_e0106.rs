// Returning one of two &str parameters without a lifetime is E0106.
fn longest(x: &str, y: &str) -> &str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    println!("{}", longest("ab", "c"));
}
// error: E0106 at 2:33
