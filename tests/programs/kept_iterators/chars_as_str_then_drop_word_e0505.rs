// The `&str` from `as_str` borrows the String the `Chars` walks, so moving the String while it is still used is error E0505.
fn main() {
    let word = String::from("borrowed");
    let mut it = word.chars();
    it.next();
    let rest = it.as_str();
    let moved = word;
    println!("{} {}", rest, moved);
}
// error: E0505 at 7:17
