// A unit struct has no fields and takes no space, but can still have methods.
#[derive(Debug)]
struct AlwaysEqual;

impl AlwaysEqual {
    fn describe(&self) -> &'static str {
        "always equal"
    }
}

fn main() {
    let subject = AlwaysEqual;
    println!("{:?} is {} and {} bytes", subject, subject.describe(), std::mem::size_of::<AlwaysEqual>());
}
// expect: AlwaysEqual is always equal and 0 bytes
