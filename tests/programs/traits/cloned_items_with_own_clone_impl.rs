// `iter().cloned()` over items with a hand-written `Clone` would call it for each item: refused rather than copied field by field.
struct Tag(String);
impl Clone for Tag {
    fn clone(&self) -> Self {
        Tag(self.0.to_uppercase())
    }
}
fn main() {
    let tags = vec![Tag(String::from("a")), Tag(String::from("b"))];
    let upper: Vec<Tag> = tags.iter().cloned().collect();
    println!("{}", upper[0].0);
}
// expect: A
// unsupported: `cloned` of `Tag` through the program's own `Clone` impl at 10:39
