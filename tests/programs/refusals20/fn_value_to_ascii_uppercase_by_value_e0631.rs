// char::to_ascii_uppercase takes &self: mapping chars() (items by value) through it is E0631, where a closure would have auto-referenced.
fn main() {
    let name = "ferris";
    let shout: String = name.chars().map(char::to_ascii_uppercase).collect();
    println!("{}", shout);
}
// error: E0631 at 4:42
