// A supertrait's method called through a generic bound on the subtrait.
trait Named {
    fn name(&self) -> String;
}

trait Greeter: Named {
    fn greet(&self) -> String {
        format!("Hello from {}", self.name())
    }
}

struct Bot;

impl Named for Bot {
    fn name(&self) -> String {
        String::from("bot-7")
    }
}

impl Greeter for Bot {}

fn introduce<T: Greeter>(g: &T) {
    println!("{} ({})", g.greet(), g.name());
}

fn main() {
    introduce(&Bot);
}
// expect: Hello from bot-7 (bot-7)
