// Without a lifetime, the result could borrow from either argument: rustc asks which (E0106).
fn longest(x: &str, y: &str) -> &str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    println!("{}", longest("a", "bb"));
}
// error: E0106 at 2:33
