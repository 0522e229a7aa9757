// A `&self` method reached by auto-deref through a local Box borrows the local: returning its `&str` result is E0515 (it was run, reading freed memory).
struct Named(String);

impl Named {
    fn label(&self) -> &str {
        &self.0
    }
}

fn label_of_new() -> &'static str {
    let b = Box::new(Named(String::from("x")));
    b.label()
}

fn main() {
    println!("{}", label_of_new());
}
// error: E0515 at 12:5
// headline: differs: rustc names the Box's contents (local data `*b`), the engine the Box
