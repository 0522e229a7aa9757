// A lifetime bound may only name lifetimes the function declares: `'c` is E0261.
fn either<'a, 'b: 'c>(x: &'a str, y: &'b str) -> &'a str {
    println!("{}", y);
    x
}

fn main() {
    println!("{}", either("a", "b"));
}
// error: E0261 at 2:19
