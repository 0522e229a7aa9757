// `parts.first().unwrap()` without the `*` is a `&&str` into the Vec: kept past the Vec's scope it is E0597.
fn main() {
    let text = String::from("alpha beta");
    let first: &&str;
    {
        let parts: Vec<&str> = text.split(' ').collect();
        first = parts.first().unwrap();
    }
    println!("{first}");
}
// error: E0597 at 7:17
