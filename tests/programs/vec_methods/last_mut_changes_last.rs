// `last_mut()` gives a mutable reference to the last element.
fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    if let Some(s) = v.last_mut() {
        s.push('!');
    }
    println!("{:?}", v);
}
// expect: ["a", "b!"]
