// Indexing a String with an integer is E0277.
fn main() {
    let s1 = String::from("hello");
    let h = s1[0];
    println!("{h}");
}
// error: E0277 at 4:16
