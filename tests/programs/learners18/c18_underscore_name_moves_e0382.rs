// Binding with _s moves the String, so using s afterwards is E0382.
fn main() {
    let s = Some(String::from("Hello!"));
    if let Some(_s) = s {
        println!("found a string");
    }
    println!("{s:?}");
}
// error: E0382 at 7:16
