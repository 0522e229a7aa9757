// A struct literal returned as `Part<'a>` whose field is the elided parameter `y` is E0621 at the literal.
struct Part<'a> {
    text: &'a str,
}

fn make<'a>(_x: &'a str, y: &str) -> Part<'a> {
    Part { text: y }
}

fn main() {
    println!("{}", make("a", "b").text);
}
// error: E0621 at 7:5
