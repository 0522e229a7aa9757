// A `let` closure returning its `&str` parameter: the caller's lifetime for the argument and the result's are not tied, rustc's "lifetime may not live long enough" at the returned value.
fn main() {
    let shorter = |a: &str, b: &str| if a.len() < b.len() { a } else { b };
    println!("{}", shorter("ab", "c"));
}
// error: "lifetime may not live long enough" at 3:61
