// `b.name()` with `b: Box<Dog>` is `Dog::name(&*b)`: the &str it returns borrows the Box's place, so keeping it past the Box's scope is E0597 (accepted before, and the run read freed memory).
struct Dog {
    name: String,
}

impl Dog {
    fn name(&self) -> &str {
        &self.name
    }
}

fn main() {
    let kept;
    {
        let b: Box<Dog> = Box::new(Dog { name: String::from("Rex") });
        kept = b.name();
    }
    println!("{}", kept);
}
// error: E0597 at 16:16
// headline: differs: rustc names the Box's contents `*b`, the engine the Box
