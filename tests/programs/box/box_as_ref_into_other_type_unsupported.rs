// as_ref of a Box<String> where a &str is wanted asks for an AsRef impl std's Box does not have as such: rustc resolves it, the engine says it is not supported yet.
fn main() {
    let b = Box::new(String::from("x"));
    let s: &str = b.as_ref();
    println!("{}", s);
}
// expect: x
// unsupported: the method `as_ref` of `Box<String>` into a `&str`
