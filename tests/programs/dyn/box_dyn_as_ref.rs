// `as_ref` on a `Box<dyn Trait>` is the Box's own AsRef, not a method the trait object lacks.
trait Draw {
    fn draw(&self) -> String;
}
struct Dot;
impl Draw for Dot {
    fn draw(&self) -> String {
        String::from(".")
    }
}
fn show(d: &dyn Draw) -> String {
    d.draw()
}
fn main() {
    let items: Vec<Box<dyn Draw>> = vec![Box::new(Dot)];
    for b in &items {
        println!("{}", show(b.as_ref()));
    }
}
// expect: .
// unsupported: the method `as_ref` of `Box<dyn Draw>` at 17:31
