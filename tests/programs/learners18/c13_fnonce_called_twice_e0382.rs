// A closure that moves its capture out is FnOnce: calling it twice is E0382.
fn main() {
    let name = String::from("Ferris");
    let consume = move || name;
    let a = consume();
    let b = consume();
    println!("{a} {b}");
}
// error: E0382 at 6:13
