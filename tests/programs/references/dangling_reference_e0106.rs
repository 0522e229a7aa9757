// Returning a reference to a local String without a lifetime is error E0106.
fn dangle() -> &String {
    let s = String::from("hello");
    &s
}

fn main() {
    let r = dangle();
    println!("{}", r);
}
// error: E0106 at 2:16
