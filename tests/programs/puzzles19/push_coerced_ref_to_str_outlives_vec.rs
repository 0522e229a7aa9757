// Passing a `&&str` where `&str` is wanted dereferences it (a coercion): the stored &str outlives the Vec it was read from.
fn main() {
    let text = String::from("x=1;y=2");
    let mut names: Vec<&str> = Vec::new();
    for pair in text.split(';') {
        let parts: Vec<&str> = pair.split('=').collect();
        let name = &parts[0];
        names.push(name);
    }
    println!("{:?}", names);
}
// expect: ["x", "y"]
