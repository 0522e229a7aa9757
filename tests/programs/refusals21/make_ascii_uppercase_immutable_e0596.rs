// make_ascii_uppercase takes `&mut self`: calling it on a String bound without `mut` is E0596.
fn main() {
    let name = String::from("ferris");
    name.make_ascii_uppercase();
    println!("{}", name);
}
// error: E0596 at 4:5
