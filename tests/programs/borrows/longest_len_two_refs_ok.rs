// A function may take two references and return a plain value without naming any lifetime.
fn longest_len(a: &str, b: &str) -> usize {
    if a.len() > b.len() { a.len() } else { b.len() }
}

fn main() {
    let a = String::from("abcd");
    let b = "xyz";
    println!("{}", longest_len(&a, b));
}
// expect: 4
