// Matching an Option<String> by value moves the String out, so the Option cannot be printed afterwards.
fn main() {
    let name: Option<String> = Some(String::from("Ferris"));
    match name {
        Some(n) => println!("hello {}", n),
        None => println!("nobody"),
    }
    println!("{:?}", name);
}
// error: E0382 at 8:22
