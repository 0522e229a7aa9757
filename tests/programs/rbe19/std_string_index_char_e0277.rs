// Indexing a String by an integer is E0277: strings are not indexable by position.
fn main() {
    let s = String::from("hello");
    let c = s[0];
    println!("{}", c);
}
// error: E0277 at 4:15
