// Pushing a String into a Vec moves it, so printing it afterwards is an error.
fn main() {
    let s = String::from("gone");
    let mut v = Vec::new();
    v.push(s);
    println!("{}", s);
}
// error: E0382 at 6:20
