// Comparing a field with a literal in a match reads it; rustc reports that read where the `match` starts (E0503).
fn main() {
    let mut t = (String::from("a"), 1);
    let r = &mut t;
    match t {
        (_, 1) => println!("one"),
        _ => println!("other"),
    }
    r.1 = 5;
}
// error: E0503 at 5:5
