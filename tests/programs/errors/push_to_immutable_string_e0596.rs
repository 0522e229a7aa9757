// `String::push` also needs the String to be declared `mut`.
fn main() {
    let s = String::new();
    s.push('a');
    println!("{}", s);
}
// error: E0596 at 4:5
