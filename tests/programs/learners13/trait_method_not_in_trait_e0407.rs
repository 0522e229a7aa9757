// An impl adding a method the trait does not declare is E0407.
trait Greet {
    fn hello(&self) -> String;
}

struct En;

impl Greet for En {
    fn hello(&self) -> String {
        "hello".into()
    }
    fn bye(&self) -> String {
        "bye".into()
    }
}

fn main() {
    println!("{}", En.hello());
}
// error: E0407 at 12:5
