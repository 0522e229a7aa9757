// fn longest(x: &str, y: &str) -> &str without a lifetime: E0106.
fn longest(x: &str, y: &str) -> &str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    println!("{}", longest("ab", "c"));
}
// error: E0106 at 2:33
