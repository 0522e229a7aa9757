// String::from_utf8 moves the Vec in (its buffer becomes the String's): using the Vec afterwards is E0382.
fn main() {
    let bytes = vec![104u8, 105];
    let s = String::from_utf8(bytes).unwrap();
    println!("{} {}", s, bytes.len());
}
// error: E0382 at 5:26
