// `mut s` resets the default binding mode to a move (edition 2021), so `Some(mut s)` on an `&Option<String>` moves out of a shared reference: E0507 at the scrutinee.
fn main() {
    let o = Some(String::from("a"));
    let r = &o;
    match r {
        Some(mut s) => s.push_str("b"),
        None => {}
    }
}
// error: E0507 at 5:11
// headline: differs: rustc names the variant the pattern moves out of (`as enum variant Some`)
