// fn dangle() -> &String with no parameters to borrow from: E0106 missing lifetime specifier.
fn dangle() -> &String {
    let s = String::from("hello");
    &s
}

fn main() {
    let r = dangle();
    println!("{}", r);
}
// error: E0106 at 2:16
