// A function returning `&String` with no input to borrow from is E0106.
fn dangle() -> &String {
    let s = String::from("hello");
    &s
}

fn main() {
    let r = dangle();
    println!("{}", r);
}
// error: E0106 at 2:16
