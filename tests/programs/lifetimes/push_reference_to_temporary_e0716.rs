// Pushing a reference to a temporary String into a Vec that is used later is E0716.
fn main() {
    let mut v: Vec<&String> = Vec::new();
    v.push(&String::from("gone"));
    println!("{:?}", v);
}
// error: E0716 at 4:13
