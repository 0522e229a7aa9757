// A Box<dyn Draw>'s own as_ref gives the &dyn Draw it holds (pointer and vtable), passed to a function taking &dyn Draw.
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
