// An array argument whose first element borrows `s` only while a String is formatted (through a struct holding `&s`), and whose last element moves `s` in: the borrow ended with the format, so the move is fine (from difftest seed 3026009349: a borrow made inside an argument of a call inside println! was held to the call, a false E0505).
struct Holder<'a> {
    part: &'a str,
}
impl<'a> Holder<'a> {
    fn part(&self) -> &'a str {
        self.part
    }
}
fn first<T: Clone>(xs: &[T]) -> Option<T> {
    xs.first().cloned()
}
fn main() {
    let s = String::from("abcdef");
    println!("{:?}", first(&[format!("{}", Holder { part: &s }.part().len()), s]));
}
// expect: Some("6")
