// Two closures that both push to one Vec cannot be alive together: E0499.
fn main() {
    let mut v = Vec::new();
    let mut push_a = || v.push('a');
    let mut push_b = || v.push('b');
    push_a();
    push_b();
    println!("{v:?}");
}
// error: E0499 at 5:22
