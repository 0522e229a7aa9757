// A moved-from `let mut` variable can be given a new value and used again.
fn main() {
    let mut s = String::from("first");
    let t = s;
    s = String::from("second");
    println!("{} {}", s, t);
}
// expect: second first
