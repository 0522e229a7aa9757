// A function passing its own parameter's borrow to a `'static` parameter: the borrow escapes the function.
fn keep(s: &'static str) -> usize {
    s.len()
}

fn relay(s: &str) -> usize {
    keep(s)
}

fn main() {
    println!("{}", relay("x"));
}
// error: E0521 at 7:5
