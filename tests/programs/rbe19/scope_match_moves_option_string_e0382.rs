// Matching an Option<String> by value moves the String: using the Option afterwards is E0382.
fn main() {
    let name: Option<String> = Some(String::from("Ferris"));
    match name {
        Some(n) => println!("moved {}", n),
        None => println!("none"),
    }
    println!("{:?}", name);
}
// error: E0382 at 8:22
