// Moving a String while a value with a Drop impl still holds its borrow: the drop at the scope's end uses it (E0505).
struct Guard<'a>(&'a String);
impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let s = String::from("x");
    let g = Guard(&s);
    let t = s;
    println!("{}", t);
}
// error: E0505 at 11:13
