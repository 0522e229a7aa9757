// Pushing a String into a Vec moves it, which is error E0505 while a reference to it is still used.
fn main() {
    let mut names = Vec::new();
    let name = String::from("Ferris");
    let r = &name;
    names.push(name);
    println!("{} {}", r, names.len());
}
// error: E0505 at 6:16
