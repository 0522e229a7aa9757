// A move closure takes the String: printing it afterwards is E0382 at the print.
fn main() {
    let name = String::from("Ferris");
    let greet = move || println!("hello {}", name);
    greet();
    println!("{}", name);
}
// error: E0382 at 6:20
