// A `&str` made by deref coercion from `&m` borrows `m` through the learner's `deref`, so moving `m` while it is used is rustc's E0505.
use std::ops::Deref;
struct Name(String);
impl Deref for Name {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}
fn main() {
    let m = Name(String::from("x"));
    let r: &str = &m;
    let n = m;
    println!("{r} {}", n.len());
}
// error: E0505 at 13:13
