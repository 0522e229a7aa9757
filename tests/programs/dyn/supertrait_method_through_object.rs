// A trait object of a subtrait can call its supertrait's methods: the vtable holds them too.
trait Named {
    fn name(&self) -> String;
}

trait Pet: Named {
    fn greet(&self) -> String {
        format!("hello, {}", self.name())
    }
}

struct Fish;

impl Named for Fish {
    fn name(&self) -> String {
        String::from("Wanda")
    }
}

impl Pet for Fish {}

fn main() {
    let p: Box<dyn Pet> = Box::new(Fish);
    println!("{}", p.name());
    println!("{}", p.greet());
}
// expect: Wanda
// expect: hello, Wanda
