// A character literal without its closing quote is error E0762.
fn main() {
    let c = '(;
    println!("{}", c);
}
// error: E0762 at 3:13
