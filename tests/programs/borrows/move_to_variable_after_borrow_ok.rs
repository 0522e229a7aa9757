// Moving a String to another variable after the reference to it was last used is accepted.
fn main() {
    let s = String::from("data");
    let r = &s;
    println!("{}", r);
    let t = s;
    println!("{}", t);
}
// expect: data
// expect: data
