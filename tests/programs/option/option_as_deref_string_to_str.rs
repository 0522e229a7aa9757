// `Option<String>::as_deref` lends the String's text as `Option<&str>`: the reference points into the String's heap buffer, nothing is copied, and the Option keeps its niche (16 bytes, as `&str`).
fn greet(name: Option<&str>) -> String {
    match name {
        Some(n) => format!("hello, {}", n),
        None => String::from("hello, stranger"),
    }
}

fn main() {
    let name: Option<String> = Some(String::from("Ferris"));
    let nobody: Option<String> = None;
    println!("{}", greet(name.as_deref()));
    println!("{}", greet(nobody.as_deref()));
    let shown = name.as_deref().unwrap_or("none");
    println!("{} {}", shown, shown.len());
    println!("{}", std::mem::size_of_val(&name.as_deref()));
    println!("{:?}", name);
}
// expect: hello, Ferris
// expect: hello, stranger
// expect: Ferris 6
// expect: 16
// expect: Some("Ferris")
