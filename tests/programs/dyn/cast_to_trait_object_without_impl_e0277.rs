// Casting a Box of a type without the impl to Box<dyn State> is E0277 at the cast, as the coercion it is.
trait State {
    fn name(&self) -> &'static str;
}
struct Draft;
fn main() {
    let b = Box::new(Draft) as Box<dyn State>;
    println!("{}", b.name());
}
// error: E0277 at 7:13
