// `s1 + s2` with two Strings is E0308: the right side must be a `&str`.
fn main() {
    let s1 = String::from("a");
    let s2 = String::from("b");
    let s3 = s1 + s2;
    println!("{}", s3);
}
// error: E0308 at 5:19
