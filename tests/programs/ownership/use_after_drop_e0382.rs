// `drop(s)` moves s into drop, so using s afterwards is E0382.
fn main() {
    let s = String::from("bye");
    drop(s);
    println!("{}", s);
}
// error: E0382 at 5:20
