// Matching a String out of an Option by value, then using the Option, is E0382.
fn main() {
    let opt = Some(String::from("x"));
    match opt {
        Some(s) => println!("{s}"),
        None => {}
    }
    println!("{:?}", opt);
}
// error: E0382 at 8:22
