// A &str borrowed from a boxed trait object (elided lifetime on &self) cannot outlive the Box: E0597.
trait Animal {
    fn name(&self) -> &str;
}

struct Dog {
    name: String,
}

impl Animal for Dog {
    fn name(&self) -> &str {
        &self.name
    }
}

fn main() {
    let kept;
    {
        let b: Box<dyn Animal> = Box::new(Dog { name: String::from("Rex") });
        kept = b.name();
    }
    println!("{}", kept);
}
// error: E0597 at 20:16
// headline: differs: rustc names the Box's contents `*b`, the engine the Box
