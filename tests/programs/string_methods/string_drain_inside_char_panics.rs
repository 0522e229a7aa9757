// String::drain asserts both ends sit on char boundaries: an end inside `é` panics at the call.
fn main() {
    let mut word = String::from("héllo");
    let d: String = word.drain(..2).collect();
    println!("{}", d);
}
// panic: assertion failed: self.is_char_boundary(end)
// panic-at: 4:26
