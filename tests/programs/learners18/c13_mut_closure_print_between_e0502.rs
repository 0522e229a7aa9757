// Printing a Vec while a closure that pushes to it is still to be called is E0502.
fn main() {
    let mut log = Vec::new();
    let mut add = |s: &str| log.push(s.to_string());
    add("one");
    println!("{:?}", log);
    add("two");
}
// error: E0502 at 6:22
