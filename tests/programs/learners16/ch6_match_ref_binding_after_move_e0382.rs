// Matching an Option<String> by value moves the String; using the option afterwards is E0382.
fn main() {
    let name: Option<String> = Some(String::from("Ferris"));
    match name {
        Some(n) => println!("hello {}", n),
        None => println!("nobody"),
    }
    println!("{:?}", name);
}
// error: E0382 at 8:22
