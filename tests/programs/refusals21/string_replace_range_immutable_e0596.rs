// replace_range takes `&mut self`: on a String bound without `mut` it is E0596.
fn main() {
    let s = String::from("draft");
    s.replace_range(..1, "D");
    println!("{}", s);
}
// error: E0596 at 4:5
