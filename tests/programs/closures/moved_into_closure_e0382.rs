// A variable a move closure took is gone from the enclosing function: E0382.
fn main() {
    let name = String::from("Ferris");
    let greet = move || println!("{}", name);
    greet();
    println!("{}", name);
}
// error: E0382 at 6:20
