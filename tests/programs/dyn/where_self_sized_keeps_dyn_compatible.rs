// `where Self: Sized` leaves a method out of the vtable, so the trait stays dyn compatible and the other methods dispatch.
trait Make {
    fn make() -> Self
    where
        Self: Sized;
    fn label(&self) -> String;
}

struct Tag(u8);

impl Make for Tag {
    fn make() -> Self {
        Tag(1)
    }
    fn label(&self) -> String {
        format!("tag {}", self.0)
    }
}

fn main() {
    let t = Tag::make();
    let m: &dyn Make = &t;
    println!("{}", m.label());
}
// expect: tag 1
