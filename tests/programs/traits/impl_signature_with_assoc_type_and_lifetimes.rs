// An impl that writes the trait's signature with its own names (the associated type spelled out, `Self` as the type's name, a lifetime renamed) matches it: rustc accepts.
trait Source {
    type Item;
    fn take(&mut self) -> Option<Self::Item>;
    fn longest<'a>(&self, a: &'a str, b: &'a str) -> &'a str;
    fn fresh() -> Self;
}
struct Numbers {
    left: u32,
}
impl Source for Numbers {
    type Item = u32;
    fn take(&mut self) -> Option<u32> {
        if self.left == 0 {
            None
        } else {
            self.left -= 1;
            Some(self.left)
        }
    }
    fn longest<'x>(&self, a: &'x str, b: &'x str) -> &'x str {
        if a.len() >= b.len() { a } else { b }
    }
    fn fresh() -> Numbers {
        Numbers { left: 3 }
    }
}
fn main() {
    let mut n = Numbers::fresh();
    while let Some(v) = n.take() {
        println!("{v}");
    }
    println!("{}", n.longest("ab", "abc"));
}
// expect: 2
// expect: 1
// expect: 0
// expect: abc
