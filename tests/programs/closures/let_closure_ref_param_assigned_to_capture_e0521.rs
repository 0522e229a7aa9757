// A `let` closure's `&str` parameter assigned to a captured variable escapes the closure body (E0521 at the assignment), as a push does.
fn main() {
    let mut longest = "";
    let mut see = |w: &str| {
        if w.len() > longest.len() {
            longest = w;
        }
    };
    see("abc");
    see("de");
    println!("{}", longest);
}
// error: E0521 at 6:13
