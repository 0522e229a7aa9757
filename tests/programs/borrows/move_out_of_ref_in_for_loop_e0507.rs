// `let t = *s;` inside `for s in &v` would move each String out of the borrowed Vec, error E0507.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    for s in &v {
        let t = *s;
        println!("{}", t);
    }
}
// error: E0507 at 5:17
