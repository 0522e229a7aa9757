// A value with a Drop impl holding a borrow, dropped early by drop(): the String may move afterwards, as nothing reads it at the end.
struct Guard<'a>(&'a String);
impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let s = String::from("x");
    let g = Guard(&s);
    drop(g);
    let t = s;
    println!("{}", t);
}
// expect: drop x
// expect: x
