// A `&str` is Copy too: both names refer to the same literal text.
fn main() {
    let a = "shared";
    let b = a;
    println!("{} {}", a, b);
}
// expect: shared shared
