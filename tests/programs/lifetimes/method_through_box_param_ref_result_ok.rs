// A method reached through `&Box<T>` borrows what the reference points at, not the local reference: returning its result is fine.
struct Named(String);

impl Named {
    fn label(&self) -> &str {
        &self.0
    }
}

fn label_of(b: &Box<Named>) -> &str {
    b.label()
}

fn main() {
    let b = Box::new(Named(String::from("z")));
    let l = label_of(&b);
    println!("{}", l);
}
// expect: z
