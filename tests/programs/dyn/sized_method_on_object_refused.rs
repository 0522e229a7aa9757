// A method that says `where Self: Sized` is not in the vtable: calling it on a trait object is refused at its name, as rustc does (an error without a code).
trait Make {
    fn label(&self) -> String
    where
        Self: Sized;
    fn other(&self) -> u8;
}

struct Tag(u8);

impl Make for Tag {
    fn label(&self) -> String {
        format!("tag {}", self.0)
    }
    fn other(&self) -> u8 {
        self.0
    }
}

fn main() {
    let t = Tag(1);
    let m: &dyn Make = &t;
    println!("{}", m.other());
    println!("{}", m.label());
}
// error: "the `label` method cannot be invoked on a trait object" at 24:22
