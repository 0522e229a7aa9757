// Splitting the parameter by a local separator is fine: the pieces borrow the parameter only, not the separator.
fn words(text: &str) -> Vec<&str> {
    let sep = String::from(", ");
    text.split(sep.as_str()).collect()
}

fn main() {
    println!("{:?}", words("a, b, c"));
}
// expect: ["a", "b", "c"]
