// A value with a Drop impl holding a borrow of a String declared after it: its drop at the end reads the dead String (E0597).
struct Guard<'a>(&'a String);
impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let g;
    let s = String::from("x");
    g = Guard(&s);
    println!("{}", g.0);
}
// error: E0597 at 11:15
