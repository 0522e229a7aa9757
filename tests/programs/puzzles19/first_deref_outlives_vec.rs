// `*parts.first().unwrap()` copies the &str out of the Vec: it may outlive the Vec (its borrow is of the text).
fn main() {
    let text = String::from("alpha beta");
    let first: &str;
    {
        let parts: Vec<&str> = text.split(' ').collect();
        first = *parts.first().unwrap();
    }
    println!("{first}");
}
// expect: alpha
