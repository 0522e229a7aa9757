// Cloning a String while a reference to it is live is accepted: nothing is moved.
fn main() {
    let s = String::from("hello");
    let r = &s;
    let t = s.clone();
    println!("{} {} {}", r, s, t);
}
// expect: hello hello hello
