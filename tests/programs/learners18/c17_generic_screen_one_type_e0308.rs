// A Screen generic over T: Draw holds only one component type, so a mixed vec is E0308.
trait Draw {
    fn draw(&self);
}

struct Button;
struct Label;

impl Draw for Button {
    fn draw(&self) {
        println!("button");
    }
}

impl Draw for Label {
    fn draw(&self) {
        println!("label");
    }
}

struct Screen<T: Draw> {
    components: Vec<T>,
}

fn main() {
    let s = Screen { components: vec![Button, Label] };
    for c in &s.components {
        c.draw();
    }
}
// error: E0308 at 26:47
