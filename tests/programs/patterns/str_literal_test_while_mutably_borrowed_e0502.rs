// A string literal in a pattern is compared through a shared borrow of the part it tests: with a live `&mut` that is E0502 at the literal.
fn main() {
    let mut t = (1, "x");
    let r = &mut t;
    match t {
        (_, "x") => println!("x"),
        _ => println!("other"),
    }
    r.0 = 5;
}
// error: E0502 at 6:13
// headline: differs: rustc names the place through the reference `*t.1`, the engine `t.1`
