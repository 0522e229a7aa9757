// `if let Some(s) = &opt` binds `s: &String`, so calling a `&mut self` method on it is E0596.
fn main() {
    let opt = Some(String::from("a"));
    if let Some(s) = &opt {
        s.push_str("x");
    }
}
// error: E0596 at 5:9
