// A `move` closure capturing a String already moved away is error E0382 at the closure, where the capture is taken.
fn main() {
    let s = String::from("a");
    drop(s);
    let f = move || s.len();
    println!("{}", f());
}
// error: E0382 at 5:13
