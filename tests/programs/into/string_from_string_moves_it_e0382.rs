// String::from(s) takes the String by value: using s afterwards is E0382.
fn main() {
    let s = String::from("abc");
    let a = String::from(s);
    println!("{} {}", a, s);
}
// error: E0382 at 5:26
