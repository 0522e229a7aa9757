// A borrowed argument is not `'static`: returning it as one is "lifetime may not live long enough".
fn forever(x: &str) -> &'static str {
    x
}

fn main() {
    println!("{}", forever("a"));
}
// error: "lifetime may not live long enough" at 3:5
