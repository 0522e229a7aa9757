// Through a trait object a method `fn label(&self) -> &str` borrows its receiver, as the trait declares: returning it from a local Box is E0515.
trait Tag {
    fn label(&self) -> &str;
    fn kind(&self) -> &'static str;
}

struct Named(String);

impl Tag for Named {
    fn label(&self) -> &str {
        &self.0
    }
    fn kind(&self) -> &'static str {
        "named"
    }
}

fn kind_of_new() -> &'static str {
    let b: Box<dyn Tag> = Box::new(Named(String::from("x")));
    b.kind()
}

fn label_of_new() -> &'static str {
    let b: Box<dyn Tag> = Box::new(Named(String::from("x")));
    b.label()
}

fn main() {
    println!("{} {}", kind_of_new(), label_of_new());
}
// error: E0515 at 25:5
// headline: differs: rustc names the Box's contents (local data `*b`), the engine the Box
