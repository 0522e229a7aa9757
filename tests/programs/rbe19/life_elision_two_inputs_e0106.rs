// Two reference inputs and a reference output without a named lifetime is E0106.
fn longest(x: &str, y: &str) -> &str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    println!("{}", longest("ab", "abc"));
}
// error: E0106 at 2:33
