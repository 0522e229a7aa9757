// Indexing a String with s[0]: E0277 the type `str` cannot be indexed by `{integer}`.
fn main() {
    let s1 = String::from("hello");
    let h = s1[0];
    println!("{}", h);
}
// error: E0277 at 4:16
