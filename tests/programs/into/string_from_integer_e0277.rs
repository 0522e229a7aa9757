// String::from(5): String has no From<{integer}>, E0277 at the path (a false E0308 before).
fn main() {
    let s = String::from(5);
    println!("{}", s);
}
// error: E0277 at 3:13
