// A closure that reads a String after the String was moved away is E0382 at the closure.
fn main() {
    let s = String::from("x");
    let t = s;
    let f = || println!("{}", s);
    f();
    println!("{}", t);
}
// error: E0382 at 5:13
