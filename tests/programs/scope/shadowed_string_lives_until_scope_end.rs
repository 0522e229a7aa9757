// Shadowing does not drop the old value: both Strings live until the end of main.
fn main() {
    let s = String::from("one");
    println!("{}", s);
    let s = String::from("three");
    println!("{}", s);
}
// expect: one
// expect: three
