// After `let t = s;` the String belongs to t, and using s is a use after move.
fn main() {
    let s = String::from("hello");
    let t = s;
    println!("{}", t);
    println!("{}", s);
}
// error: E0382 at 6:20
