// Returning `y`, whose lifetime was left out, where `'a` is promised: rustc asks for `'a` on `y` (E0621).
fn longest<'a>(x: &'a str, y: &str) -> &'a str {
    if x.len() > y.len() {
        x
    } else {
        y
    }
}

fn main() {
    println!("{}", longest("hello", "hi"));
}
// error: E0621 at 6:9
