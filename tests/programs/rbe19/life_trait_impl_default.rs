// A trait impl for a struct with a lifetime: Default for Borrowed<'a> returning a &'static.
#[derive(Debug)]
struct Borrowed<'a> {
    x: &'a i32,
}

impl<'a> Default for Borrowed<'a> {
    fn default() -> Self {
        Self { x: &10 }
    }
}

fn main() {
    let b: Borrowed = Default::default();
    println!("b is {:?}", b);
}
// expect: b is Borrowed { x: 10 }
