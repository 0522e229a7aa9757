// Moving a String into a Vec inside a loop: E0382 value moved in previous iteration.
fn main() {
    let label = String::from("item");
    let mut v = Vec::new();
    for _ in 0..3 {
        v.push(label);
    }
    println!("{}", v.len());
}
// error: E0382 at 6:16
