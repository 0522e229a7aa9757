// Calling a method not in the trait on a Box<dyn Trait> is E0599.
trait Draw {
    fn draw(&self);
}

struct Button {
    label: String,
}

impl Draw for Button {
    fn draw(&self) {
        println!("{}", self.label);
    }
}

impl Button {
    fn click(&self) {
        println!("clicked");
    }
}

fn main() {
    let b: Box<dyn Draw> = Box::new(Button { label: "ok".into() });
    b.draw();
    b.click();
}
// error: E0599 at 25:7
