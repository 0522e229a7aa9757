// Assigning a new String drops the old one, right after the new one is built.
fn main() {
    let mut s = String::from("one");
    println!("{}", s);
    s = String::from("three");
    println!("{}", s);
}
// expect: one
// expect: three
