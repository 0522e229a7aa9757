// A lifetime must be declared in the item's `<...>` before it is used (E0261).
fn first_word<'a>(s: &'a str) -> &'b str {
    s
}

fn main() {
    println!("{}", first_word("a b"));
}
// error: E0261 at 2:35
